/// A name inside a namespace (SPEC §2–3), stored in canonical flat form.
///
/// `Key(validating:)` accepts either spelling: `list[0]` and `list__i_0` make the same key.
/// ``flat`` is the stored, canonical form; ``bracket`` is the display form.
///
/// ```swift
/// let key = try Key(validating: "grid[2, 3]")
/// key.flat     // "grid__i_2_3"
/// key.bracket  // "grid[2,3]"
/// ```
public struct Key: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The canonical flat spelling, such as `list__i_0`.
    public let flat: String

    /// Validates a key in bracket or flat spelling.
    ///
    /// - Parameters:
    ///   - text: The key, e.g. `button`, `list[0]`, `sections[intro]` or `user__name`.
    ///   - limits: The limits to enforce (key length, on the flat form).
    /// - Throws: ``DiagnosticKind/emptyKey``, ``DiagnosticKind/invalidKey``,
    ///   ``DiagnosticKind/invalidBracket`` or ``DiagnosticKind/limitExceeded``.
    public init(validating text: String, limits: Limits = .active) throws(MeteorError) {
        let span = text.utf8Span.span
        self = try KeyParser.parse(span, 0..<span.count, limits: limits, segment: nil)
    }

    /// Only for flat forms already known to be canonical.
    init(uncheckedFlat flat: String) { self.flat = flat }

    /// The display spelling, such as `list[0]`, `user[name]`, `grid[2,3]` or `list[]`.
    public var bracket: String { BracketNotation.bracket(fromFlat: flat) }

    /// Whether this is the append form `base[]` (flat `base__i_APPEND`), which the engine
    /// resolves to the next free index.
    public var isAppend: Bool {
        flat.utf8.count > 10 && flat.hasSuffix(BracketNotation.appendSuffix)
    }

    /// The base and index of a key with a single numeric index (`list[3]` gives
    /// `("list", 3)`), else nil.
    public var numericIndex: (base: Substring, index: Int)? {
        guard let split = BracketNotation.lastSeparator(in: flat) else { return nil }
        let suffix = flat[split.suffix]
        guard suffix.hasPrefix("i_") else { return nil }
        let digits = suffix.dropFirst(2)
        guard !digits.isEmpty, digits.utf8.allSatisfy(\.isASCIIDigit),
            let index = Int(digits)
        else { return nil }
        return (flat[split.base], index)
    }

    /// The base of an append key (`list` for `list[]`), else nil.
    public var appendBase: Substring? {
        isAppend ? flat.dropLast(BracketNotation.appendSuffix.utf8.count) : nil
    }

    /// The key `base[index]` for an append key `base[]`: how the engine resolves an append.
    ///
    /// - Parameters:
    ///   - index: The numeric index to use.
    ///   - limits: The limits to enforce; a long base plus a long index can exceed the key
    ///     length.
    /// - Returns: The indexed key.
    /// - Throws: ``DiagnosticKind/limitExceeded`` when the result is too long.
    public func resolvingAppend(to index: Int, limits: Limits = .active) throws(MeteorError)
        -> Key
    {
        let base = appendBase ?? Substring(flat)
        let resolved = "\(base)__i_\(index)"
        if resolved.utf8.count > limits.keyLength {
            throw limits.exceeded(
                .keyLength, actual: resolved.utf8.count, what: "the length of key `\(resolved)`")
        }
        return Key(uncheckedFlat: resolved)
    }

    /// The bracket spelling, as shown to people.
    public var description: String { bracket }

    /// Decodes and validates a key in either spelling.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A decoding error when the key is invalid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(validating: text) } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.message)
        }
    }

    /// Encodes the bracket spelling as a string.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(bracket)
    }
}
