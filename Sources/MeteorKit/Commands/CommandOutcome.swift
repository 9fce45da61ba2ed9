/// What a successful ``MeteorEngine/execute(_:)`` did.
public struct CommandOutcome: Sendable, Hashable {
    /// The id of the history record the command left.
    public var recordID: Int
    /// The address a set stored at, after `list[]` was resolved; nil for other commands.
    public var address: Address?
    /// Entries stored (new or updated).
    public var stored: Int
    /// Entries removed.
    public var deleted: Int
    /// Warnings that did not stop the command, such as a deep namespace.
    public var warnings: [Diagnostic]
    /// The cursor after the command.
    public var cursor: Cursor

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - recordID: The history record id.
    ///   - address: The resolved address of a set.
    ///   - stored: Entries stored.
    ///   - deleted: Entries removed.
    ///   - warnings: Warnings.
    ///   - cursor: The cursor after the command.
    public init(
        recordID: Int, address: Address? = nil, stored: Int = 0, deleted: Int = 0,
        warnings: [Diagnostic] = [], cursor: Cursor
    ) {
        self.recordID = recordID
        self.address = address
        self.stored = stored
        self.deleted = deleted
        self.warnings = warnings
        self.cursor = cursor
    }
}
