/// One operation of a parsed stream, as `token` shows it: its number, kind, the key in both
/// spellings and the value as stored.
public struct TokenReport: Sendable, Hashable {
    /// The 1-based position among the stream's operations.
    public var index: Int
    /// `store`, `ns`, `ctx` or `ctl`.
    public var kind: String
    /// The address prefix as written: `` (cursor), `ui:` or `app:ui:`; the name for `ns`
    /// and `ctx`; the command for `ctl`.
    public var scope: String
    /// The key in bracket spelling, for stores.
    public var key: String?
    /// The key in flat (stored) spelling, for stores.
    public var flatKey: String?
    /// The value as stored (unquoted, unescaped), for stores.
    public var value: String?

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - index: The position.
    ///   - kind: The kind.
    ///   - scope: The scope or name.
    ///   - key: The bracket key.
    ///   - flatKey: The flat key.
    ///   - value: The value.
    public init(
        index: Int, kind: String, scope: String, key: String? = nil, flatKey: String? = nil,
        value: String? = nil
    ) {
        self.index = index
        self.kind = kind
        self.scope = scope
        self.key = key
        self.flatKey = flatKey
        self.value = value
    }
}
