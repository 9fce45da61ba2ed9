/// Undo and redo of recorded commands (SPEC §9).
extension MeteorEngine {
    /// Whether ``undo()`` has a record to revert.
    public var canUndo: Bool { history.nextUndo != nil }

    /// Whether ``redo()`` has a record to re-apply.
    public var canRedo: Bool { history.nextRedo != nil }

    /// Reverts the newest undoable record: its data, its scratch slots and, when it moved the
    /// cursor, the cursor.
    ///
    /// A stream or an import is reverted as a whole. Keys come back at their old positions.
    ///
    /// - Returns: The record that was reverted.
    /// - Throws: ``DiagnosticKind/nothingToUndo``.
    @discardableResult
    public func undo() throws(MeteorError) -> HistoryRecord {
        guard let record = history.nextUndo else {
            throw MeteorError(
                .nothingToUndo, "there is nothing to undo",
                hint: history.isEmpty
                    ? "only commands run through `execute` can be undone"
                    : "older changes were dropped from the history or already undone")
        }
        for change in record.changes.reversed() { apply(change.change, reverting: true) }
        if record.cursorBefore != record.cursorAfter { cursor = record.cursorBefore }
        history.didUndo()
        onChange?(EngineChange(record: record, direction: .undo))
        return record
    }

    /// Re-applies the record most recently undone.
    ///
    /// - Returns: The record that was re-applied.
    /// - Throws: ``DiagnosticKind/nothingToRedo``.
    @discardableResult
    public func redo() throws(MeteorError) -> HistoryRecord {
        guard let record = history.nextRedo else {
            throw MeteorError(
                .nothingToRedo, "there is nothing to redo",
                hint: "redo is possible right after an undo, before any new change")
        }
        for change in record.changes { apply(change.change, reverting: false) }
        if record.cursorBefore != record.cursorAfter { cursor = record.cursorAfter }
        history.didRedo()
        onChange?(EngineChange(record: record, direction: .redo))
        return record
    }
}
