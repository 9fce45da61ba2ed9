/// An open `.meteor` document: an engine, the file it came from, a dirty flag, the
/// fingerprint of the last load or save, and the crash-recovery journal (SPEC §11).
///
/// ```swift
/// let document = try Document(path: "notes.meteor", store: FileStore())
/// if document.pendingRecovery != nil { try document.recover() }
/// try document.engine.execute(.set(path: "doc:guide:title", value: "Install"))
/// try document.save()
/// ```
///
/// Every recorded engine change (``MeteorEngine/execute(_:)``, undo, redo) is appended to
/// `name.meteor.journal` and fsynced before the command returns; a successful save removes
/// the journal.
///
/// The cursor and undo history live beside it in `name.meteor.state` (``StateFile``, the
/// same file the command line keeps): restored at open, written with every save.
public final class Document {
    /// The document's data.
    public let engine: MeteorEngine
    /// Where the document is saved.
    public private(set) var path: String
    /// The store holding the file.
    public let store: any DocumentStore
    /// The fingerprint of the file as last loaded or saved; nil for a never-saved document.
    public private(set) var savedFingerprint: FileFingerprint?
    /// Whether the engine holds changes that are not saved.
    public private(set) var isDirty = false
    /// A journal of unsaved changes found at open, waiting for ``recover(force:)`` or
    /// ``discardRecovery()``.
    public private(set) var pendingRecovery: JournalRecovery?
    /// The last failure to write the journal, if any; the change itself was applied.
    public private(set) var journalFailure: MeteorError?
    /// What restoring the saved cursor and history did at open.
    public private(set) var stateRestoration: StateRestoration = .missing
    /// A problem with the saved cursor and history, for the status bar.
    ///
    /// A broken state file at open, or a state that could not be written with the last save
    /// (each save starts it afresh); the document itself is fine.
    public internal(set) var stateWarning: String?
    /// The hash of the state file as last written, to skip rewriting an unchanged one.
    var savedStateSHA256: String?

    private var journal: Journal
    private var journalStarted = false
    private var sequence = 0
    private var replaying = false

    /// Opens a document, or starts a new empty one when the file does not exist.
    ///
    /// - Parameters:
    ///   - path: The document's path.
    ///   - store: The store holding it.
    ///   - engine: The engine to load into; it should be empty.
    ///   - progress: Hears how the load goes, about every megabyte or 64k entries; returning
    ///     false stops it with ``DiagnosticKind/cancelled``.
    /// - Throws: A located document error (nothing is loaded then),
    ///   ``DiagnosticKind/ioError``, or ``DiagnosticKind/cancelled``.
    public init(
        path: String, store: any DocumentStore, engine: MeteorEngine = MeteorEngine(),
        progress: DocumentLoadObserver? = nil
    ) throws(MeteorError) {
        self.path = path
        self.store = store
        self.engine = engine
        journal = Journal(store: store, document: path)
        if store.fileExists(path) {
            if let progress {
                let report = DocumentLoadProgress(phase: .reading, done: 0, total: 0, fileBytes: 0)
                guard progress(report) else { throw DocumentCodec.cancelled(path, report) }
            }
            let file = try store.read(path)
            try Self.load(file.bytes, file: path, into: engine, progress: progress)
            savedFingerprint = file.fingerprint
            stateRestoration = restoreSavedState(documentSHA256: file.fingerprint.sha256)
            stateWarning = stateRestoration.warning
        }
        if let contents = try journal.read(), !contents.records.isEmpty {
            pendingRecovery = JournalRecovery(
                recordCount: contents.records.count,
                baseMatches: contents.header.base == savedFingerprint?.sha256, path: journal.path)
        }
        engine.onChange = { [weak self] change in self?.record(change) }
    }

    // MARK: - Saving

    /// Saves the document atomically, with its cursor and history beside it.
    ///
    /// - Parameter mode: ``SaveMode/safe`` (default) refuses to replace a file changed by
    ///   someone else; ``SaveMode/overwrite`` replaces it.
    /// - Returns: Whether bytes were written.
    /// - Throws: ``DiagnosticKind/documentChanged`` (reload, overwrite or save elsewhere),
    ///   ``DiagnosticKind/lockHeld`` or ``DiagnosticKind/ioError``; the file is intact then.
    @discardableResult
    public func save(_ mode: SaveMode = .safe) throws(MeteorError) -> SaveResult {
        stateWarning = nil
        let bytes = encoded()
        let sha256 = SHA256Hex.of(bytes)
        let state = stateCompanion(documentSHA256: sha256, at: path)
        if mode == .safe, let saved = savedFingerprint, saved.sha256 == sha256,
            saved.size == bytes.count, store.fileExists(path)
        {
            writeStateAlone(state, documentSHA256: sha256)
            try markSaved(saved)
            return .unchanged
        }
        let condition: WriteCondition =
            mode == .overwrite ? .overwrite : .matching(savedFingerprint)
        let written = try store.write(bytes, to: path, condition: condition, companion: state)
        noteStateWritten(state, error: written.companionError)
        try markSaved(written.fingerprint)
        return .written(written.fingerprint)
    }

    /// Saves to another file, which becomes the document's path; the original is untouched.
    ///
    /// The cursor and history go beside the new file; the old file's state stays as it was.
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
        stateWarning = nil
        let bytes = encoded()
        let state = stateCompanion(documentSHA256: SHA256Hex.of(bytes), at: newPath)
        let written = try store.write(
            bytes, to: newPath, condition: overwrite ? .overwrite : .mustNotExist,
            companion: state)
        let fingerprint = written.fingerprint
        noteStateWritten(state, error: written.companionError)
        let oldJournal = journal
        path = newPath
        journal = Journal(store: store, document: newPath)
        try markSaved(fingerprint)
        if pendingRecovery == nil { try oldJournal.discard() }
        return fingerprint
    }

    /// Throws away unsaved changes and reads the file again, with the history saved beside it
    /// when it belongs to the file as read; the cursor stays where it is.
    ///
    /// - Throws: A located document error (the engine keeps its data then), or
    ///   ``DiagnosticKind/ioError``.
    public func reload() throws(MeteorError) {
        let file = try store.read(path)
        // The checked decode finds every problem, duplicates included, before the open
        // document is touched: a bad file must leave it as it is.
        let contents = try DocumentCodec(limits: engine.limits).decode(file.bytes, file: path)
        replaying = true
        defer { replaying = false }
        for context in engine.contexts { engine.delete(.context(context)) }
        if !engine.scratch.isEmpty { try engine.execute(.scratchClearAll) }
        try Self.apply(contents, bytes: file.bytes, file: path, to: engine)
        let cursor = engine.cursor
        stateRestoration = restoreSavedState(documentSHA256: file.fingerprint.sha256)
        stateWarning = stateRestoration.warning
        engine.cursor = cursor
        try markSaved(file.fingerprint)
    }

    // MARK: - Recovery

    /// Replays the journal found at open onto the loaded state.
    ///
    /// Every change acknowledged before a crash comes back. The document is then dirty, and
    /// the journal is kept until the next save.
    ///
    /// The undo history is dropped (the cursor stays): the history restored at open belongs
    /// to the file, the replayed changes come after it without records of their own, and
    /// undoing its newest record over them would not restore what it claims to.
    ///
    /// - Parameter force: Replay even when the file changed after the journal began.
    /// - Returns: How many records were replayed.
    /// - Throws: ``DiagnosticKind/documentChanged`` when the journal does not start from the
    ///   file on disk, or a journal or engine error.
    @discardableResult
    public func recover(force: Bool = false) throws(MeteorError) -> Int {
        guard let contents = try journal.read() else {
            pendingRecovery = nil
            return 0
        }
        if contents.header.base != savedFingerprint?.sha256, !force {
            throw MeteorError(
                .documentChanged,
                "the journal of `\(path)` starts from another version of the file",
                hint: "recover with force to replay anyway, or discard the journal")
        }
        replaying = true
        defer { replaying = false }
        for record in contents.records {
            try JournalRecorder.replay(record.operations, onto: engine)
        }
        engine.clearHistory()
        pendingRecovery = nil
        journalStarted = true
        sequence = contents.records.last?.sequence ?? 0
        isDirty = !contents.records.isEmpty
        return contents.records.count
    }

    /// Deletes the journal found at open without replaying it.
    ///
    /// - Throws: ``DiagnosticKind/ioError``.
    public func discardRecovery() throws(MeteorError) {
        try journal.discard()
        pendingRecovery = nil
    }

    // MARK: - Private

    private func record(_ change: EngineChange) {
        guard !replaying else { return }
        isDirty = true
        guard pendingRecovery == nil else {
            journalFailure = MeteorError(
                .ioError, "changes are not journaled while an old journal waits for recovery",
                hint: "recover or discard the journal of `\(path)`")
            return
        }
        do throws(MeteorError) {
            if !journalStarted {
                try journal.start(base: savedFingerprint?.sha256)
                journalStarted = true
            }
            sequence += 1
            try journal.append(
                JournalRecord(
                    sequence: sequence,
                    operations: JournalRecorder.operations(for: change, in: engine)))
        } catch {
            journalFailure = error
        }
    }

    private func markSaved(_ fingerprint: FileFingerprint) throws(MeteorError) {
        savedFingerprint = fingerprint
        isDirty = false
        if pendingRecovery == nil, journalStarted || journal.exists { try journal.discard() }
        journalStarted = false
        sequence = 0
    }

    private func encoded() -> [UInt8] {
        DocumentCodec().encode(
            entries: engine.entries,
            scratch: engine.scratch.map { ScratchNote($0.name, $0.value) })
    }
}
