/// What applying a token or meteor stream did.
public struct StreamOutcome: Sendable, Hashable {
    /// Entries stored (new or updated).
    public var stored: Int
    /// Entries removed by `ctl:delete` and `ctl:reset`.
    public var deleted: Int
    /// Warnings that did not stop the stream.
    public var warnings: [Diagnostic]
    /// The cursor after the stream.
    public var cursor: Cursor

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - stored: Entries stored.
    ///   - deleted: Entries removed.
    ///   - warnings: Warnings.
    ///   - cursor: The cursor after the stream.
    public init(stored: Int = 0, deleted: Int = 0, warnings: [Diagnostic] = [], cursor: Cursor) {
        self.stored = stored
        self.deleted = deleted
        self.warnings = warnings
        self.cursor = cursor
    }
}
