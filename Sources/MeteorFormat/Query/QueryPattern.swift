/// A glob over addresses, `CTX:NS:KEY`, for `find` (SPEC §8).
///
/// - `*` matches any run of characters within one part; in a namespace it never crosses `.`.
/// - `?` matches exactly one character.
/// - `**` as the namespace matches any namespace, the root included.
/// - Missing parts default as for paths: `key` is `app:main:key`, `ctx:key` is `ctx:main:key`;
///   an empty key part (`app:ui:`) matches every key.
/// - Key globs match either spelling: `list[*]` matches `list__i_0`.
///
/// Nothing ever falls back to substring matching.
public struct QueryPattern: Sendable, Hashable, CustomStringConvertible {
    /// The context glob.
    public let context: Glob
    /// The namespace glob.
    public let namespace: Glob
    /// The key glob.
    public let key: Glob
    /// The pattern as written.
    public let text: String

    /// Parses a pattern.
    ///
    /// - Parameter text: `CTX:NS:KEY`, `CTX:KEY` or `KEY`, each part a glob.
    /// - Throws: ``DiagnosticKind/emptyPath``, ``DiagnosticKind/tooManyParts``,
    ///   ``DiagnosticKind/emptyContext`` or ``DiagnosticKind/invalidPattern``.
    public init(_ text: String) throws(MeteorError) {
        let bytes = text.utf8Span.span
        let whole = 0..<bytes.count
        guard !whole.isEmpty else {
            throw MeteorError(
                .emptyPath, "the pattern is empty", at: SourceLocation(column: 1, lineText: ""),
                hint: "patterns look like `app:ui:btn*` or `*:**:theme`")
        }
        for index in whole {
            let byte = bytes[index]
            if byte.isStreamWhitespace || byte == .semicolon || byte == .equals
                || byte == .doubleQuote || byte == .singleQuote || byte < 0x20
            {
                throw MeteorError(
                    .invalidPattern,
                    "patterns cannot contain `\(DisplayText.visible(bytes.string(index..<index + 1)))`",
                    at: .locate(in: bytes, offset: index),
                    hint: "a pattern is `CTX:NS:KEY` with `*`, `?` and `**` wildcards")
            }
        }
        let parts = ColonParts(bytes, whole)
        if let extra = parts.extraColon {
            throw MeteorError(
                .tooManyParts, "a pattern has at most three parts, `CTX:NS:KEY`",
                at: .locate(in: bytes, offset: extra, byteLength: whole.upperBound - extra))
        }
        if parts.count > 1, parts[0].isEmpty {
            throw MeteorError(
                .emptyContext, "the pattern has no context before the first `:`",
                at: .locate(in: bytes, offset: 0, byteLength: 0),
                hint: "use `*` to match every context, e.g. `*\(text)`")
        }
        let contextText: String
        let namespaceText: String
        let keyText: String
        switch parts.count {
        case 1: (contextText, namespaceText, keyText) = ("app", "main", bytes.string(parts[0]))
        case 2:
            (contextText, namespaceText, keyText) = (
                bytes.string(parts[0]), "main", bytes.string(parts[1])
            )
        default:
            (contextText, namespaceText, keyText) = (
                bytes.string(parts[0]), bytes.string(parts[1]), bytes.string(parts[2])
            )
        }
        self.text = text
        self.context = Glob(contextText, starCrossesDots: false)
        self.namespace = Glob(namespaceText, starCrossesDots: false)
        self.key = Glob(keyText.isEmpty ? "*" : keyText, starCrossesDots: true)
    }

    /// Whether an entry's address matches.
    ///
    /// - Parameters:
    ///   - context: The entry's context.
    ///   - namespace: The entry's namespace.
    ///   - key: The entry's key.
    /// - Returns: Whether every part matches.
    public func matches(context: Context, namespace: Namespace, key: Key) -> Bool {
        self.context.matches(context.name) && self.namespace.matches(namespace.name)
            && matches(key: key)
    }

    /// Whether a key matches the key glob in either spelling.
    ///
    /// - Parameter key: The key.
    /// - Returns: Whether the flat or the bracket spelling matches.
    public func matches(key: Key) -> Bool {
        if self.key.matchesEverything || self.key.matches(key.flat) { return true }
        let bracket = key.bracket
        return bracket != key.flat && self.key.matches(bracket)
    }

    /// The pattern as written.
    public var description: String { text }
}
