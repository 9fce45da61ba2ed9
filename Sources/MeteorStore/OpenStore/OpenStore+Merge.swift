/// Saving over a file another writer changed: this session's changes, replayed onto the
/// file as it is now (docs/store.md §3).
extension OpenStore {
    /// Saves; when the file changed on disk since it was loaded, first replays this
    /// session's changes onto it (a three-way merge per key, as recovery does) and saves the
    /// result, all under one hold of the document's lock.
    ///
    /// `resolve` is asked only when keys were changed on both sides; returning nil (or a
    /// resolution that leaves a conflict open) cancels the save with nothing changed, and
    /// the session keeps its data and journal. After a merge the undo history starts afresh
    /// (its records describe the data before the merge). Only a journaled store merges: the
    /// other modes keep no record of their changes, and a one-shot store holds the lock.
    ///
    /// - Parameter resolve: Chooses a side for the plan's conflicts.
    /// - Returns: Whether the save merged, and what.
    /// - Throws: ``DiagnosticKind/documentChanged`` for conflicts left open (or a file that
    ///   was removed), ``DiagnosticKind/lockHeld`` or ``DiagnosticKind/ioError``.
    @discardableResult
    public func save(merging resolve: (MergePlan) -> MergeResolution?) throws(MeteorError)
        -> MergeSaveResult
    {
        try withDocumentLock { lock throws(MeteorError) -> MergeSaveResult in
            do throws(MeteorError) {
                return .saved(try write(.safe, holding: lock))
            } catch
                where error.kind == .documentChanged && mode == .journaled
                && store.fileExists(path)
            {
                return try merge(holding: lock, resolve: resolve)
            }
        }
    }

    private func merge(
        holding lock: any DocumentLock, resolve: (MergePlan) -> MergeResolution?
    ) throws(MeteorError) -> MergeSaveResult {
        let file = try store.read(path)
        let theirs = MeteorEngine(limits: engine.limits)
        try Self.load(file.bytes, file: path, into: theirs, progress: nil)
        let merge = JournalMerge(records: sessionRecords, current: theirs)
        let plan = merge.plan(baseMatches: false, journalPath: nil)
        var resolution = MergeResolution.none
        if !plan.conflicts.isEmpty {
            guard let chosen = resolve(plan), plan.isResolved(by: chosen) else {
                throw plan.unresolved
            }
            resolution = chosen
        }
        let operations = try merge.apply(to: theirs, resolution: resolution)
        try adopt(theirs)
        savedFingerprint = file.fingerprint
        sessionRecords = [JournalRecord(sequence: 0, operations: operations)]
        do {
            try rewriteJournal()
        } catch {
            journalFailure = error
        }
        let result = try write(.safe, holding: lock)
        if case .written(let fingerprint) = result { return .merged(plan, fingerprint) }
        return .merged(plan, file.fingerprint)
    }

    /// Takes over another engine's data in place (front ends keep their reference to
    /// ``engine``), without recording it, and drops the history.
    private func adopt(_ other: MeteorEngine) throws(MeteorError) {
        replaying = true
        defer { replaying = false }
        resetEngine()
        _ = try engine.load(Array(other.entries))
        for slot in other.scratch { try engine.loadScratchSlot(slot.name, slot.value) }
        engine.clearHistory()
        savedRecordID = nil
        isDirty = true
    }
}
