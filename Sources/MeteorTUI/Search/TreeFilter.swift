public import MeteorFormat

/// A live filter on the tree: a ``QueryPattern`` glob, with a friendlier reading of bare text.
///
/// - Text with a `:` is a pattern exactly as `meteor find` reads it: `app:ui*:*`,
///   `*:**:theme`, `app:ui:` (every key of `app:ui`).
/// - Text without a `:` is a key glob in every context and namespace: `*port*` is
///   `*:**:*port*`. Without a wildcard it matches inside keys: `port` is `*:**:*port*`, so the
///   tree narrows as you type.
public struct TreeFilter: Sendable, Hashable {
    /// The text as typed.
    public let text: String
    /// The pattern applied.
    public let pattern: QueryPattern

    /// Parses filter text.
    ///
    /// - Parameter text: The text as typed.
    /// - Throws: The pattern's diagnostic, with columns in the text as typed.
    public init(parsing text: String) throws(MeteorError) {
        // Parsing the text as typed first gives diagnostics the user's own columns.
        let typed = try QueryPattern(text)
        self.text = text
        guard !text.utf8.contains(UInt8(ascii: ":")) else {
            pattern = typed
            return
        }
        let hasWildcard = text.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
        pattern = try QueryPattern("*:**:" + (hasWildcard ? text : "*\(text)*"))
    }

    /// The pattern applied, with every part spelled out (`*:**:*port*`, `app:main:theme`).
    public var effectivePattern: String { "\(pattern.context):\(pattern.namespace):\(pattern.key)" }

    /// Equal when the text is: the pattern follows from it.
    public static func == (lhs: TreeFilter, rhs: TreeFilter) -> Bool { lhs.text == rhs.text }

    /// Hashes the text.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
