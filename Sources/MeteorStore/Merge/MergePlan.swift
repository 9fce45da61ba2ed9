/// What replaying a session's changes onto the file on disk would do, worked out before
/// anything changes: how many apply cleanly, how many are there already, and which keys the
/// file changed too (the conflicts, for the caller to resolve).
///
/// ``OpenStore/pendingRecovery`` holds one for a crash journal found at open;
/// ``OpenStore/save(merging:)`` makes one when the file changed since it was loaded.
public struct MergePlan: Sendable, Hashable {
    /// How many journal records (commands, undos and redos) the changes come from.
    public var recordCount: Int
    /// How many keys and scratch slots change when the plan is applied (conflicts aside).
    public var changeCount: Int
    /// How many changes the file holds already.
    public var alreadyThereCount: Int
    /// Keys and slots both sides changed, in the order the session first touched them.
    public var conflicts: [MergeConflict]
    /// Whether the file on disk is the one the changes started from.
    public var baseMatches: Bool
    /// The journal the changes come from (for messages), or nil for a save's merge.
    public var journalPath: String?

    /// Creates a plan.
    ///
    /// - Parameters:
    ///   - recordCount: The records.
    ///   - changeCount: The clean changes.
    ///   - alreadyThereCount: The changes already in the file.
    ///   - conflicts: The conflicts.
    ///   - baseMatches: Whether the file is unchanged since the changes began.
    ///   - journalPath: The journal, if any.
    public init(
        recordCount: Int, changeCount: Int, alreadyThereCount: Int, conflicts: [MergeConflict],
        baseMatches: Bool, journalPath: String?
    ) {
        self.recordCount = recordCount
        self.changeCount = changeCount
        self.alreadyThereCount = alreadyThereCount
        self.conflicts = conflicts
        self.baseMatches = baseMatches
        self.journalPath = journalPath
    }

    /// Whether applying would change nothing: every change is in the file already.
    public var isStale: Bool { changeCount == 0 && conflicts.isEmpty }

    /// Whether a resolution settles every conflict.
    ///
    /// - Parameter resolution: The caller's answer.
    /// - Returns: True when each conflict has a choice.
    public func isResolved(by resolution: MergeResolution) -> Bool {
        conflicts.allSatisfy { resolution.choice(for: $0.subject) != nil }
    }

    /// The error for conflicts left open: nothing was applied.
    var unresolved: MeteorError {
        let count = conflicts.count
        let keys = count == 1 ? "1 key was" : "\(count) keys were"
        let first = conflicts.first.map { " (first: \($0.subject))" } ?? ""
        return MeteorError(
            .documentChanged,
            "\(keys) changed both in this session and in the file on disk\(first)",
            hint: "choose theirs or ours for each, or save this session to another file")
    }
}
