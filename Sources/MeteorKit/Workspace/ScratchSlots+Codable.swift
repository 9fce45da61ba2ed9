/// Scratch slots as an array of `[name, value]` pairs, so their order survives encoding.
extension ScratchSlots: Codable {
    /// Decodes slots from `[name, value]` pairs.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` when a pair does not have two strings.
    public init(from decoder: any Decoder) throws {
        self.init()
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd {
            let pair = try container.decode([String].self)
            guard pair.count == 2 else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "a scratch slot is a [name, value] pair")
            }
            set(pair[0], pair[1])
        }
    }

    /// Encodes the slots as `[name, value]` pairs, in order.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for slot in self { try container.encode([slot.name, slot.value]) }
    }
}
