/// Recovering the changes a crashed session left in the journal (docs/store.md, recovery
/// flow): a three-way merge per key onto the file as it is now, so nothing another writer
/// saved meanwhile is erased.
extension OpenStore {
    /// Replays the journal found at open onto the store's data.
    ///
    /// Each key the file still holds as the crashed session found it takes that session's
    /// changes; a key the file holds at the session's value already is left; a key both
    /// changed is a conflict that `resolution` settles (``MergeResolution/keepTheirs``,
    /// ``MergeResolution/keepOurs``, or per key). Onto an unchanged file the replay rebuilds
    /// the session's state exactly, key order included. The store is dirty afterwards, the
    /// recovered changes are journaled as this session's, and the undo history is dropped
    /// (the cursor stays): the replayed changes have no records of their own, so undoing an
    /// older record over them would not restore what it claims to.
    ///
    /// - Parameter resolution: The choice for each conflict; the default resolves none.
    /// - Returns: The plan that was applied.
    /// - Throws: ``DiagnosticKind/documentChanged`` when a conflict is left open (nothing
    ///   changes then, and the journal stays), or the engine's error when a value no longer
    ///   fits the limits.
    @discardableResult
    public func recover(_ resolution: MergeResolution = .none) throws(MeteorError) -> MergePlan {
        let merge = JournalMerge(records: pendingRecords, current: engine)
        let plan = merge.plan(
            baseMatches: !isDirty && journalBase == savedFingerprint?.sha256,
            journalPath: journal.path)
        guard !pendingRecords.isEmpty else { return plan }
        guard plan.isResolved(by: resolution) else { throw plan.unresolved }
        let operations: [JournalOperation]
        do {
            replaying = true
            defer { replaying = false }
            operations = try merge.apply(to: engine, resolution: resolution)
        }
        engine.clearHistory()
        savedRecordID = nil
        pendingRecords = []
        pendingRecovery = nil
        if !operations.isEmpty {
            isDirty = true
            sessionRecords.append(JournalRecord(sequence: 0, operations: operations))
        }
        do {
            try rewriteJournal()
        } catch {
            journalFailure = error
        }
        return plan
    }

    /// Deletes the journal found at open without replaying it (or an unreadable one); this
    /// session's own changes stay journaled.
    ///
    /// - Throws: ``DiagnosticKind/ioError``.
    public func discardRecovery() throws(MeteorError) {
        pendingRecords = []
        pendingRecovery = nil
        if unreadableJournal != nil {
            // This session's changes were not journaled while it was in the way: they are now.
            unreadableJournal = nil
            journalFailure = nil
        }
        try rewriteJournal()
    }
}
