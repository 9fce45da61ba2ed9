/// Parses paths that address entries and containers (SPEC §7).
///
/// Paths never use the cursor.
///
/// | path | target |
/// |---|---|
/// | `ctx:ns:key` | key |
/// | `ctx::key` | key in the root namespace |
/// | `key` | `app:main:key` |
/// | `ctx:key` | `ctx:main:key` |
/// | `ctx:ns:` | namespace |
/// | `ctx:` | namespace `main` of ctx |
/// | `ctx::` | the whole context |
public enum MeteorPath {
    /// Parses a path into a typed target.
    ///
    /// - Parameters:
    ///   - path: The path text.
    ///   - limits: The limits to enforce on names and keys.
    /// - Returns: The key, namespace or context it names.
    /// - Throws: ``DiagnosticKind/emptyPath``, ``DiagnosticKind/tooManyParts``,
    ///   ``DiagnosticKind/emptyContext`` or any name or key error, located by column.
    public static func parse(_ path: String, limits: Limits = .active) throws(MeteorError)
        -> PathTarget
    {
        let span = path.utf8Span.span
        return try parse(span, 0..<span.count, limits: limits, segment: nil)
    }

    /// Parses the path in `range` of a larger input.
    static func parse(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, limits: Limits, segment: Int?,
        meteor: Int? = nil
    ) throws(MeteorError) -> PathTarget {
        guard !range.isEmpty else {
            throw MeteorError(
                .emptyPath, "the path is empty",
                at: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: 0, segment: segment,
                    meteor: meteor),
                hint: "paths look like `app:ui:button`, `app:ui:` or `app::`")
        }
        let parts = ColonParts(bytes, range)
        if let extra = parts.extraColon {
            throw MeteorError(
                .tooManyParts, "a path has at most three parts, `ctx:ns:key`",
                at: .locate(
                    in: bytes, offset: extra, byteLength: range.upperBound - extra,
                    segment: segment, meteor: meteor),
                hint: "keys cannot contain `:`; use `.` inside keys (`database.host`)")
        }
        if parts.count > 1, parts[0].isEmpty {
            throw MeteorError(
                .emptyContext, "the path has no context before the first `:`",
                at: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: 0, segment: segment,
                    meteor: meteor),
                hint: "start the path with a context, e.g. `app\(bytes.string(range))`")
        }
        switch parts.count {
        case 1:
            let key = try KeyParser.parse(bytes, parts[0], limits: limits, segment: segment)
            return .key(Address(.app, .main, key))
        case 2:
            let context = try Context.validate(bytes, parts[0], limits: limits, segment: segment)
            if parts[1].isEmpty { return .namespace(context, .main) }
            let key = try KeyParser.parse(bytes, parts[1], limits: limits, segment: segment)
            return .key(Address(context, .main, key))
        default:
            let context = try Context.validate(bytes, parts[0], limits: limits, segment: segment)
            if parts[2].isEmpty {
                if parts[1].isEmpty { return .context(context) }
                let namespace = try Namespace.validate(
                    bytes, parts[1], limits: limits, segment: segment)
                return .namespace(context, namespace)
            }
            let namespace = try Namespace.validate(
                bytes, parts[1], limits: limits, segment: segment)
            let key = try KeyParser.parse(bytes, parts[2], limits: limits, segment: segment)
            return .key(Address(context, namespace, key))
        }
    }

    /// Explains in words what a path names, with a suggestion for likely mistakes.
    ///
    /// A dotted path without `:` (`app.ui.button`) is a key named `app.ui.button` in `app:main`;
    /// the explanation says so and suggests `app:ui:button`.
    ///
    /// - Parameters:
    ///   - path: The path text.
    ///   - limits: The limits to enforce.
    /// - Returns: One or more lines of explanation.
    /// - Throws: The same errors as ``parse(_:limits:)``.
    public static func explain(_ path: String, limits: Limits = .active) throws(MeteorError)
        -> [String]
    {
        let target = try parse(path, limits: limits)
        var lines = ["`\(path)` names \(target.noun)"]
        if case .key(let address) = target {
            if address.key.flat != address.key.bracket {
                lines.append("its key is stored in flat form as `\(address.key.flat)`")
            }
            if !path.utf8.contains(.colon), path.utf8.contains(.dot) {
                let parts = path.split(separator: ".")
                if parts.count >= 3 {
                    let suggestion =
                        "\(parts[0]):\(parts[1]):\(parts.dropFirst(2).joined(separator: "."))"
                    lines.append(
                        "a path without `:` is a key in app:main; did you mean `\(suggestion)`?")
                }
            }
        }
        return lines
    }
}
