/// The crash-recovery journal of a journaled store (docs/store.md §4): who writes it, what
/// goes in, and how a save cuts it back.
///
/// A session writes the journal only while it holds the journal's own lock, so a second
/// session of the same store sees a live journal and leaves it alone (its changes are then
/// not journaled, and ``OpenStore/journalFailure`` says so). The lock is taken at open when a
/// journal is there (its writer is gone: the journal is offered for recovery), otherwise at
/// the first change. The journal holds, in order, the records an earlier session left
/// (until they are recovered or discarded) and this session's records since the last save.
extension OpenStore {
    /// The journal's path for a store.
    ///
    /// - Parameter path: The store's path.
    /// - Returns: `path.journal`.
    public static func journalPath(for path: String) -> String { StorePath.journal(for: path) }

    /// How many records a journal left by a session that is gone holds, without opening
    /// the store: for a note where nothing offers to recover it (a batch).
    ///
    /// - Parameters:
    ///   - path: The store's path.
    ///   - store: The files holding it.
    /// - Returns: The count, or nil when there is no such journal (none, empty, unreadable,
    ///   or a live session's).
    public static func leftoverJournalRecords(at path: String, in store: any DocumentStore)
        -> Int?
    {
        let journal = Journal(store: store, document: path)
        guard journal.exists, let owner = try? store.lock(journal.ownerLock) else { return nil }
        defer { owner.release() }
        guard let count = (try? journal.read())??.records.count, count > 0 else { return nil }
        return count
    }

    // MARK: - Open

    /// Takes over a journal left by a session that is gone, working out what recovering it
    /// would do; a journal whose changes are all in the file already is removed.
    func openJournal() {
        guard journal.exists, takeJournal() else { return }
        let contents: Journal.Contents?
        do {
            contents = try journal.read()
        } catch {
            unreadableJournal = error
            journalFailure = MeteorError(
                .invalidDocument,
                "`\(journal.path)` is in the way: it cannot be replayed",
                hint: "discard it, or move it aside")
            return
        }
        guard let contents, !contents.records.isEmpty else {
            // Not even one acknowledged change.
            try? journal.discard()
            return
        }
        let plan = JournalMerge(records: contents.records, current: engine).plan(
            baseMatches: contents.header.base == savedFingerprint?.sha256,
            journalPath: journal.path)
        // Its edits are in the file already: a save died between its rename and removing
        // the journal. Nothing to offer.
        if plan.isStale, (try? journal.discard()) != nil { return }
        pendingRecords = contents.records
        pendingRecovery = plan
        journalBase = contents.header.base
        journalStarted = true
        sequence = contents.records.last?.sequence ?? 0
    }

    /// Takes the journal's lock, or notes why this session cannot journal.
    ///
    /// - Returns: Whether this session owns the journal.
    private func takeJournal() -> Bool {
        if journalOwner != nil { return true }
        do {
            if createsMissingFolder {
                try store.createDirectory(StorePath.directory(of: journal.path))
            }
            journalOwner = try store.lock(journal.ownerLock)
            return true
        } catch  where error.kind == .lockHeld {
            journalFailure = MeteorError(
                .lockHeld,
                "another meteor session has `\(path)` open and writes its journal",
                hint: "save often, or close the other session first")
        } catch {
            journalFailure = MeteorError(
                error.kind, "the journal cannot be written: \(error.message)", hint: error.hint)
        }
        return false
    }

    // MARK: - Recording

    /// Journals one engine change (journaled mode), fsynced before the command returns.
    func record(_ change: EngineChange) {
        guard !replaying else { return }
        isDirty = true
        guard mode == .journaled else { return }
        sequence += 1
        let record = JournalRecord(
            sequence: sequence, operations: JournalRecorder.operations(for: change, in: engine))
        sessionRecords.append(record)
        guard unreadableJournal == nil, journalOwner != nil || claimJournal(),
            journalFailure == nil
        else { return }
        do throws(MeteorError) {
            if !journalStarted {
                try journal.start(base: savedFingerprint?.sha256)
                journalStarted = true
                journalBase = savedFingerprint?.sha256
                // Changes made while another session held the journal go first.
                for earlier in sessionRecords.dropLast() { try journal.append(earlier) }
            }
            try journal.append(record)
        } catch {
            // A torn line followed by more records would not read back: stop until a save
            // rewrites the journal.
            journalFailure = error
        }
    }

    /// Takes the journal at the first change, unless a journal this session never read has
    /// appeared (another session died meanwhile): that one must not be overwritten.
    private func claimJournal() -> Bool {
        guard takeJournal() else { return false }
        if !journalStarted, journal.exists {
            journalOwner?.release()
            journalOwner = nil
            journalFailure = MeteorError(
                .ioError,
                "`\(journal.path)` holds another session's unsaved changes",
                hint: "save, then open the store again to recover them")
            return false
        }
        journalFailure = nil
        return true
    }

    // MARK: - Rewriting

    /// Cuts the journal back to the records an earlier session left (or removes it) after a
    /// save, a reload or a discard; the next change starts the journal afresh.
    ///
    /// A failure keeps the journal as it was: its saved records are in the file, so a
    /// later recovery finds them there already.
    func trimJournal() {
        guard let owner = journalOwner, unreadableJournal == nil else { return }
        do throws(MeteorError) {
            try journal.rewrite(base: journalBase, records: pendingRecords, holding: owner)
            journalStarted = !pendingRecords.isEmpty
            sequence = pendingRecords.last?.sequence ?? 0
            journalFailure = nil
        } catch {
            journalFailure = error
        }
    }

    /// Rewrites the journal with the earlier session's records and this session's, after
    /// recovery or a merge changed what they are relative to.
    func rewriteJournal() throws(MeteorError) {
        guard let owner = journalOwner else { return }
        var records = pendingRecords + sessionRecords
        for index in records.indices { records[index].sequence = index + 1 }
        if pendingRecords.isEmpty { journalBase = savedFingerprint?.sha256 }
        try journal.rewrite(base: journalBase, records: records, holding: owner)
        journalStarted = !records.isEmpty
        sequence = records.count
    }

    /// Moves journaling to a new path after a save elsewhere: the old journal keeps only an
    /// earlier session's records, and the new one starts empty.
    func moveJournal(to newPath: String) {
        journalOwner?.release()
        journalOwner = nil
        journal = Journal(store: store, document: newPath)
        pendingRecords = []
        pendingRecovery = nil
        journalStarted = false
        journalBase = nil
        sequence = 0
        journalFailure = nil
    }
}
