/// A change as a saved history holds it.
extension HistoryChange: Codable {
    /// Decodes a change.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed change.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Change.self))
    }

    /// Encodes the change.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(change)
    }
}
