/// Dry runs: a command checked and performed exactly as ``MeteorEngine/execute(_:)`` would,
/// then reverted the way undo reverts it.
///
/// Front ends use it for `--dry-run` so a preview can never disagree with the real command:
/// the same validation, the same clashes, the same `list[]` resolution.
extension MeteorEngine {
    /// Works out what a command would do, and leaves everything as it was.
    ///
    /// No history record is added, ``onChange`` is not told, and data, cursor and scratch
    /// slots are unchanged afterwards, whether the command would succeed or fail.
    ///
    /// ```swift
    /// let preview = try engine.dryRun(.moveNamespace(from: app, ui, to: user, ui))
    /// preview.changes.flatMap(\.entryChanges)   // - app:ui:a=1, + user:ui:a=1, …
    /// ```
    ///
    /// - Complexity: The command's own cost plus the same again to revert it.
    /// - Parameter command: The command.
    /// - Returns: What it would do.
    /// - Throws: The error the command would fail with.
    public func dryRun(_ command: EngineCommand) throws(MeteorError) -> DryRunOutcome {
        let cursorBefore = cursor
        defer { cursor = cursorBefore }
        let (performed, applied) = try recording { () throws(MeteorError) in
            try perform(command)
        }
        for change in applied.changes.reversed() { apply(change, reverting: true) }
        return DryRunOutcome(
            address: performed.address, stored: applied.stored, deleted: applied.deleted,
            warnings: performed.warnings, changes: applied.changes.map(HistoryChange.init))
    }
}
