/// The top-level origin of data: `app`, `user`, `doc`, `file1` (SPEC §2).
///
/// A context is validated when it is made: an ASCII letter or `_`, then letters, digits, `_`
/// or `-`, no longer than the profile's name part limit.
public struct Context: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The name.
    public let name: String

    /// The default context, `app`.
    public static let app = Context(unchecked: "app")

    /// Validates a context name.
    ///
    /// - Parameters:
    ///   - name: The candidate name.
    ///   - limits: The limits to enforce.
    /// - Throws: ``DiagnosticKind/emptyContext``, ``DiagnosticKind/invalidContext`` or
    ///   ``DiagnosticKind/limitExceeded``.
    public init(validating name: String, limits: Limits = .active) throws(MeteorError) {
        let span = name.utf8Span.span
        self = try Self.validate(span, 0..<span.count, limits: limits, segment: nil)
    }

    /// Only for names known to be valid: literals in this module and names already validated.
    init(unchecked name: String) { self.name = name }

    /// Validates a byte range of some larger input, locating errors in that input.
    static func validate(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, limits: Limits, segment: Int?
    ) throws(MeteorError) -> Context {
        guard !range.isEmpty else {
            throw MeteorError(
                .emptyContext, "the context is empty",
                at: .locate(in: bytes, offset: range.lowerBound, byteLength: 0, segment: segment),
                hint: "name a context such as `app`, e.g. `app:ui:key`")
        }
        try NameRules.checkPart(bytes, range, role: .context, limits: limits, segment: segment)
        return Context(unchecked: bytes.string(range))
    }

    /// The name.
    public var description: String { name }

    /// Orders by Unicode scalar values, the listing order of SPEC §9.
    public static func < (lhs: Context, rhs: Context) -> Bool {
        lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }

    /// Decodes and validates a context name.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A decoding error when the name is invalid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        do { try self.init(validating: name) } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.message)
        }
    }

    /// Encodes the name as a string.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
