/// A stored value: any Unicode string within the profile's value length (SPEC §4).
///
/// Quotes are syntax, never content: a `Value` holds the unquoted, unescaped text.
public struct Value: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The text, exactly as stored.
    public let text: String

    /// Validates a value against the value length limit.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - limits: The limits to enforce.
    /// - Throws: ``DiagnosticKind/limitExceeded`` when the text is too long.
    public init(validating text: String, limits: Limits = .active) throws(MeteorError) {
        try Self.checkLength(text.utf8.count, limits: limits, location: nil)
        self.text = text
    }

    init(unchecked text: String) { self.text = text }

    static func checkLength(_ count: Int, limits: Limits, location: SourceLocation?)
        throws(MeteorError)
    {
        if count > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: count, what: "the value length", at: location)
        }
    }

    /// The text.
    public var description: String { text }

    /// Decodes and validates a value.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A decoding error when the value is too long.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(validating: text) } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.message)
        }
    }

    /// Encodes the text as a string.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
