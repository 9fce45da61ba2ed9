/// A dotted path inside a context, such as `ui.widgets`; the empty string is the root (SPEC §2).
///
/// Each part follows the context rules and is not a reserved word. Depth (the number of parts)
/// at the profile's error depth is rejected; at its warning depth ``depthWarning(limits:)``
/// reports it.
public struct Namespace: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The dotted name; empty for the root namespace.
    public let name: String
    /// The number of parts; 0 for the root.
    public let depth: Int

    /// The root namespace, `""`.
    public static let root = Namespace(unchecked: "", depth: 0)
    /// The default namespace, `main`.
    public static let main = Namespace(unchecked: "main", depth: 1)

    /// Validates a namespace name.
    ///
    /// - Parameters:
    ///   - name: The dotted name; empty for the root.
    ///   - limits: The limits to enforce.
    ///   - enforceDepth: Whether the error depth rejects the name (default true).
    /// - Throws: ``DiagnosticKind/emptyNamespacePart``, ``DiagnosticKind/invalidNamespacePart``,
    ///   ``DiagnosticKind/reservedNamespacePart``, ``DiagnosticKind/namespaceTooDeep`` or
    ///   ``DiagnosticKind/limitExceeded``.
    public init(
        validating name: String, limits: Limits = .active, enforceDepth: Bool = true
    ) throws(MeteorError) {
        let span = name.utf8Span.span
        self = try Self.validate(
            span, 0..<span.count, limits: limits, segment: nil, enforceDepth: enforceDepth)
    }

    init(unchecked name: String, depth: Int) {
        self.name = name
        self.depth = depth
    }

    /// Validates a byte range of some larger input, locating errors in that input.
    static func validate(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, limits: Limits, segment: Int?,
        enforceDepth: Bool = true
    ) throws(MeteorError) -> Namespace {
        if range.isEmpty { return .root }
        var depth = 0
        var partStart = range.lowerBound
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || bytes[index] == .dot {
                let part = partStart..<index
                if part.isEmpty {
                    throw MeteorError(
                        .emptyNamespacePart,
                        "namespace `\(bytes.string(range))` has an empty part at part "
                            + "\(depth + 1)",
                        at: .locate(in: bytes, offset: index, segment: segment),
                        hint: "remove the extra `.`; parts are joined by single dots")
                }
                try NameRules.checkPart(
                    bytes, part, role: .namespacePart(depth), limits: limits, segment: segment)
                depth += 1
                partStart = index + 1
            }
            index += 1
        }
        if enforceDepth, depth >= limits.namespaceErrorDepth {
            throw MeteorError(
                .namespaceTooDeep,
                "namespace `\(bytes.string(range))` has \(depth) levels; the "
                    + "\(limits.profile.rawValue) profile allows at most "
                    + "\(limits.namespaceErrorDepth - 1)",
                at: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: range.count,
                    segment: segment),
                hint: "flatten the namespace, or move detail into the key (`a.b:c.d`)",
                limit: .namespaceErrorDepth)
        }
        return Namespace(unchecked: bytes.string(range), depth: depth)
    }

    /// Whether this is the root namespace.
    public var isRoot: Bool { depth == 0 }

    /// The parts of the dotted name; empty for the root.
    public var parts: [Substring] { isRoot ? [] : name.split(separator: ".") }

    /// A warning when the namespace reaches the profile's warning depth, else nil.
    ///
    /// - Parameters:
    ///   - limits: The limits to compare against.
    ///   - location: Where the namespace was written, if known.
    /// - Returns: A ``DiagnosticKind/namespaceDepthWarning`` warning, or nil.
    public func depthWarning(
        limits: Limits = .active, at location: SourceLocation? = nil
    ) -> Diagnostic? {
        guard depth >= limits.namespaceWarningDepth else { return nil }
        return Diagnostic(
            .warning, kind: .namespaceDepthWarning,
            message: "namespace `\(name)` is \(depth) levels deep; the "
                + "\(limits.profile.rawValue) profile warns from "
                + "\(limits.namespaceWarningDepth)",
            location: location, hint: "deep namespaces are hard to browse; consider flattening",
            limit: .namespaceWarningDepth)
    }

    /// The dotted name.
    public var description: String { name }

    /// Orders by Unicode scalar values, the listing order of SPEC §9.
    public static func < (lhs: Namespace, rhs: Namespace) -> Bool {
        lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }

    /// Decodes and validates a namespace name.
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

    /// Encodes the dotted name as a string.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
