/// What ``MeteorEngine/dryRun(_:)`` found a command would do, without it being done.
public struct DryRunOutcome: Sendable {
    /// The address a set or rename would store at, after `list[]` was resolved.
    public var address: Address?
    /// Entries that would be stored (new or updated).
    public var stored: Int
    /// Entries that would be removed.
    public var deleted: Int
    /// Warnings the command would give.
    public var warnings: [Diagnostic]
    /// The changes the command would make, in order, as its history record would hold them.
    public var changes: [HistoryChange]

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - address: The resolved address of a set or rename.
    ///   - stored: Entries stored.
    ///   - deleted: Entries removed.
    ///   - warnings: Warnings.
    ///   - changes: The changes.
    public init(
        address: Address? = nil, stored: Int = 0, deleted: Int = 0, warnings: [Diagnostic] = [],
        changes: [HistoryChange] = []
    ) {
        self.address = address
        self.stored = stored
        self.deleted = deleted
        self.warnings = warnings
        self.changes = changes
    }
}
