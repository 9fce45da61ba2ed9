/// A store opened for work: its data in an engine, and the file it came from.
///
/// It also holds everything that keeps that data safe: the lock, the crash journal, the
/// saved cursor and history, and the detection (and merging) of changes other programs
/// made. Every front end opens a store through it: the command line's commands and batches
/// (``OpenMode/oneShot``), its read-only commands (``OpenMode/readOnly``), the REPL and the
/// TUI (``OpenMode/journaled``).
///
/// ```swift
/// let store = try OpenStore(path: "notes.meteor", store: FileStore())
/// if let plan = store.pendingRecovery, plan.conflicts.isEmpty { try store.recover() }
/// try store.engine.execute(.set(path: "doc:guide:title", value: "Install"))
/// try store.save()
/// ```
///
/// In journaled mode every recorded engine change (``MeteorEngine/execute(_:)``, undo,
/// redo) is appended to `name.meteor.journal` and fsynced before the command returns; a
/// successful save removes the journal. The cursor and undo history live beside the file in
/// `name.meteor.state` (``StateFile``): restored at open, written with every save.
///
/// The file store is the first and only implementation; a second backend would provide
/// the same operations (docs/store.md, "The open store").
public final class OpenStore {
    /// The store's data.
    public let engine: MeteorEngine
    /// Where the store is saved.
    public internal(set) var path: String
    /// The files holding it.
    public let store: any DocumentStore
    /// How it is used.
    public let mode: OpenMode
    /// How long a save (or a one-shot open) queues behind another writer's lock.
    public let lockTimeout: Duration
    /// Whether a save creates the store's folder when it is missing (the command line's
    /// default store lives in a folder that may not exist yet).
    public var createsMissingFolder = false
    /// The fingerprint of the file as last loaded or saved; nil for a never-saved store.
    public internal(set) var savedFingerprint: FileFingerprint?
    /// Whether the engine holds data changes that are not saved.
    public internal(set) var isDirty = false
    /// Changes an earlier session journaled and never saved, found at open: what
    /// ``recover(_:)`` would do with them, or nil when there are none.
    public internal(set) var pendingRecovery: MergePlan?
    /// A journal found at open that cannot be replayed (damaged, or written by another
    /// version of meteor); it is left alone until ``discardRecovery()`` removes it.
    public internal(set) var unreadableJournal: MeteorError?
    /// Why changes are not journaled right now, or nil when every change is (journaled mode).
    ///
    /// Another session holds the journal, the folder is not writable, a journal write failed
    /// (journaling stops until the next save rewrites the journal), or an unreadable journal
    /// is in the way. The change itself was applied either way. The message is the reason
    /// alone ("another meteor session has `…` open and writes its journal"); the front end
    /// says what follows (not crash-safe, or saving after each change).
    public internal(set) var journalFailure: MeteorError?
    /// What restoring the saved cursor and history did at open.
    public internal(set) var stateRestoration: StateRestoration = .missing
    /// A problem with the saved cursor and history, for the front end to show.
    ///
    /// A broken state file at open, or a state that could not be written with the last save
    /// (each save starts it afresh); the store itself is fine.
    public internal(set) var stateWarning: String?

    /// The hash of the state file as last written, to skip rewriting an unchanged one.
    var savedStateSHA256: String?
    /// The newest history record when the store was last loaded or saved.
    var savedRecordID: Int?
    /// The cursor when the store was last loaded or saved.
    var savedCursor = Cursor.initial
    /// The document's lock, held from open to ``close()`` in one-shot mode.
    var heldLock: (any DocumentLock)?
    /// Set while the store changes the engine itself, so those changes are not journaled.
    var replaying = false

    // Journal bookkeeping (OpenStore+Journal.swift).
    var journal: Journal
    /// The hold of the journal's own lock: this session writes the journal.
    var journalOwner: (any DocumentLock)?
    /// Whether the journal file holds a header written for the records below.
    var journalStarted = false
    /// The journal header's base.
    var journalBase: String?
    /// Records an earlier session left, not yet recovered or discarded; they stay first in
    /// the journal.
    var pendingRecords: [JournalRecord] = []
    /// This session's records since the last load or save (journaled mode).
    var sessionRecords: [JournalRecord] = []
    /// The last record's sequence number in the journal.
    var sequence = 0

    /// Opens a store file, or starts an empty store when it does not exist.
    ///
    /// - Parameters:
    ///   - path: The store's file.
    ///   - store: The files holding it.
    ///   - engine: The engine to load into; it should be empty.
    ///   - mode: How the store is used; journaled by default.
    ///   - lockTimeout: How long to queue behind another writer's lock.
    ///   - progress: Hears how the load goes, about every megabyte or 64k entries; returning
    ///     false stops it with ``DiagnosticKind/cancelled``.
    /// - Throws: A located document error (nothing is loaded then),
    ///   ``DiagnosticKind/ioError``, ``DiagnosticKind/lockHeld`` (one-shot mode, after
    ///   `lockTimeout`), or ``DiagnosticKind/cancelled``.
    public init(
        path: String, store: any DocumentStore, engine: MeteorEngine = MeteorEngine(),
        mode: OpenMode = .journaled, lockTimeout: Duration = .seconds(2),
        progress: DocumentLoadObserver? = nil
    ) throws(MeteorError) {
        self.path = path
        self.store = store
        self.engine = engine
        self.mode = mode
        self.lockTimeout = lockTimeout
        journal = Journal(store: store, document: path)
        if mode == .oneShot, store.fileExists(path) {
            // No file, no writer to wait for; the first save takes the lock then.
            heldLock = try store.lock(path, waiting: lockTimeout)
        }
        try loadFile(progress: progress)
        if mode == .journaled { openJournal() }
        engine.onChange = { [weak self] change in self?.record(change) }
    }

    deinit { close() }

    /// Releases the locks the store holds (the document's in one-shot mode, the journal's
    /// in journaled mode) and leaves every file as it is: a journal stays for recovery.
    public func close() {
        heldLock?.release()
        heldLock = nil
        journalOwner?.release()
        journalOwner = nil
    }

    /// Whether there is something to save: changed data, a moved cursor, or new history
    /// records (a failed command, say) of a store that exists.
    public var hasUnsavedState: Bool {
        isDirty || engine.cursor != savedCursor
            || (savedFingerprint != nil && engine.history.lastCommand?.id != savedRecordID)
    }

    // MARK: - Saving

    /// Saves the store atomically, with its cursor and history beside it.
    ///
    /// - Parameter saveMode: ``SaveMode/safe`` (default) refuses to replace a file changed by
    ///   someone else; ``SaveMode/overwrite`` replaces it.
    /// - Returns: Whether bytes were written.
    /// - Throws: ``DiagnosticKind/documentChanged`` (merge, reload, overwrite or save
    ///   elsewhere), ``DiagnosticKind/lockHeld`` or ``DiagnosticKind/ioError``; the file is
    ///   intact then.
    @discardableResult
    public func save(_ saveMode: SaveMode = .safe) throws(MeteorError) -> SaveResult {
        try withDocumentLock { lock throws(MeteorError) in try write(saveMode, holding: lock) }
    }

    /// Saves to another file, which becomes the store's path; the original is untouched.
    ///
    /// The cursor and history go beside the new file; the old file's state stays as it was,
    /// and so do the records an earlier session left in its journal.
    ///
    /// - Parameters:
    ///   - newPath: The new file.
    ///   - overwrite: Whether an existing file there may be replaced.
    /// - Returns: The new file's fingerprint.
    /// - Throws: ``DiagnosticKind/documentChanged`` when `newPath` exists and `overwrite`
    ///   is false, ``DiagnosticKind/lockHeld`` or ``DiagnosticKind/ioError``.
    @discardableResult
    public func save(to newPath: String, overwrite: Bool = false) throws(MeteorError)
        -> FileFingerprint
    {
        try checkWritable()
        stateWarning = nil
        let bytes = encoded()
        let state = stateCompanion(documentSHA256: SHA256Hex.of(bytes), at: newPath)
        let lock = try store.lock(newPath, waiting: lockTimeout)
        defer { lock.release() }
        let written = try store.write(
            bytes, to: newPath, condition: overwrite ? .overwrite : .mustNotExist,
            companion: state, sha256: nil, holding: lock)
        noteStateWritten(state, error: written.companionError)
        sessionRecords = []
        trimJournal()
        moveJournal(to: newPath)
        path = newPath
        markSaved(written.fingerprint)
        return written.fingerprint
    }

    /// Throws away unsaved changes and reads the file again, with the history saved beside
    /// it when it belongs to the file as read; the cursor stays where it is.
    ///
    /// - Throws: A located document error (the engine keeps its data then), or
    ///   ``DiagnosticKind/ioError``.
    public func reload() throws(MeteorError) {
        let file = try store.read(path)
        // The checked decode finds every problem, duplicates included, before the open
        // store is touched: a bad file must leave it as it is.
        let contents = try DocumentCodec(limits: engine.limits).decode(file.bytes, file: path)
        replaying = true
        defer { replaying = false }
        resetEngine()
        try Self.apply(contents, bytes: file.bytes, file: path, to: engine)
        let cursor = engine.cursor
        stateRestoration = StateFile.restore(
            into: engine, documentSHA256: file.fingerprint.sha256, document: path, store: store)
        stateWarning = stateRestoration.warning
        engine.cursor = cursor
        markSaved(file.fingerprint)
    }

    /// Gives up this session's unsaved changes for good, before quitting without saving.
    ///
    /// The journal keeps only what an earlier session left, so the next start does not offer
    /// the discarded changes back. The engine keeps its data.
    public func discardUnsavedChanges() {
        sessionRecords = []
        trimJournal()
    }

    // MARK: - Internals shared by the extensions

    /// Runs `body` under the document's lock: the one held since open, or one taken now
    /// (queueing up to ``lockTimeout``).
    func withDocumentLock<T>(_ body: (any DocumentLock) throws(MeteorError) -> T)
        throws(MeteorError) -> T
    {
        try checkWritable()
        if let heldLock { return try body(heldLock) }
        if createsMissingFolder, !store.fileExists(path) {
            try store.createDirectory(StorePath.directory(of: path))
        }
        let lock = try store.lock(path, waiting: lockTimeout)
        defer { lock.release() }
        return try body(lock)
    }

    /// Writes the store under the document's lock.
    func write(_ saveMode: SaveMode, holding lock: any DocumentLock) throws(MeteorError)
        -> SaveResult
    {
        stateWarning = nil
        let bytes = encoded()
        let sha256 = SHA256Hex.of(bytes)
        let state = stateCompanion(documentSHA256: sha256, at: path)
        if saveMode == .safe, let saved = savedFingerprint, saved.sha256 == sha256,
            saved.size == bytes.count, store.fileExists(path)
        {
            writeStateAlone(state, documentSHA256: sha256, holding: lock)
            markSaved(saved)
            return .unchanged
        }
        let condition: WriteCondition =
            saveMode == .overwrite ? .overwrite : .matching(savedFingerprint)
        let written = try store.write(
            bytes, to: path, condition: condition, companion: state, sha256: sha256,
            holding: lock)
        noteStateWritten(state, error: written.companionError)
        markSaved(written.fingerprint)
        return .written(written.fingerprint)
    }

    /// Records a load or save: the data, the history and the journal are all saved now.
    func markSaved(_ fingerprint: FileFingerprint) {
        savedFingerprint = fingerprint
        isDirty = false
        savedRecordID = engine.history.lastCommand?.id
        savedCursor = engine.cursor
        sessionRecords = []
        trimJournal()
    }

    /// Empties the engine without recording anything.
    func resetEngine() {
        for context in engine.contexts { engine.delete(.context(context)) }
        engine.unloadScratchSlots()
    }

    private func checkWritable() throws(MeteorError) {
        guard mode != .readOnly else {
            throw MeteorError(
                .ioError, "`\(path)` was opened to read only",
                hint: "open it in one-shot or journaled mode to save")
        }
    }

    private func encoded() -> [UInt8] {
        DocumentCodec().encode(
            entries: engine.entries,
            scratch: engine.scratch.map { ScratchNote($0.name, $0.value) })
    }
}
