/// One store opened for work: the engine holding its data, the path and store it came from,
/// whether there are unsaved changes, and where `-` arguments read from.
///
/// The command line opens a session per invocation and saves it when a command changed it;
/// the REPL keeps one open and saves on `save` and on exit.
public final class Session {
    /// The engine with the store's data.
    public private(set) var engine: MeteorEngine
    /// The store file, or nil for a session that never touches a file.
    public let path: String?
    /// Where the file's bytes live.
    public let store: any DocumentStore
    /// What the file looked like when it was loaded or last saved; nil when it did not exist.
    public private(set) var fingerprint: FileFingerprint?
    /// Whether the engine holds changes that are not saved.
    public private(set) var isDirty = false
    /// Reads all of standard input, for `-` arguments; nil where stdin is not available
    /// (the REPL reads its commands from it).
    public var standardInput: (() throws -> String)?
    /// Warnings collected by the command that is running.
    public private(set) var warnings: [Diagnostic] = []
    /// Messages about the store's saved state (cursor and history) from the last load or
    /// save, such as a broken state file; for standard error.
    public var notes: [String] = []
    /// The newest history record when the state was last loaded or saved.
    var savedRecordID: Int?

    private let makeEngine: () -> MeteorEngine
    private let codec = DocumentCodec()

    /// Creates a session with an empty engine, not yet loaded.
    ///
    /// - Parameters:
    ///   - path: The store file, or nil.
    ///   - store: The document store.
    ///   - makeEngine: Makes a fresh, empty engine (the clock and limits are the caller's).
    public init(
        path: String?, store: any DocumentStore,
        makeEngine: @escaping () -> MeteorEngine = { MeteorEngine() }
    ) {
        self.path = path
        self.store = store
        self.makeEngine = makeEngine
        self.engine = makeEngine()
    }

    /// Opens the store file: loads it when it exists, or starts empty.
    ///
    /// - Parameters:
    ///   - path: The store file.
    ///   - store: The document store.
    ///   - makeEngine: Makes a fresh, empty engine.
    /// - Returns: The loaded session.
    /// - Throws: ``DiagnosticKind/ioError`` when the file cannot be read, or the document's
    ///   first error (`file:line:column`).
    public static func open(
        path: String, store: any DocumentStore,
        makeEngine: @escaping () -> MeteorEngine = { MeteorEngine() }
    ) throws(MeteorError) -> Session {
        let session = Session(path: path, store: store, makeEngine: makeEngine)
        try session.reload()
        return session
    }

    /// Whether there is something to save: changed data, or new history records of a store
    /// that exists (a failed command leaves a record, and records are kept between
    /// invocations; a store is only created by a change).
    public var hasUnsavedState: Bool {
        isDirty || (fingerprint != nil && engine.history.lastCommand?.id != savedRecordID)
    }

    /// Discards the engine's state and reads the file again, with the cursor and history
    /// saved beside it (see ``StateFile``).
    ///
    /// - Throws: The same errors as ``open(path:store:makeEngine:)``.
    public func reload() throws(MeteorError) {
        notes = []
        let first = try load()
        guard first == .mismatch || first == .missing else { return }
        // A save may be between writing the document and its state file; every save holds
        // the document's lock for both, so under the lock they agree unless someone else
        // changed the document (or it never had a state file).
        guard let lock = waitForLock() else {
            if first == .mismatch { dropHistoryNote() }
            return
        }
        defer { lock.release() }
        if try load() == .mismatch {
            dropHistoryNote()
            repairState()
        }
    }

    /// Loads the document and its saved state.
    ///
    /// - Returns: How the saved state matched the document.
    private func load() throws(MeteorError) -> StateMatch {
        let fresh = makeEngine()
        var exists = false
        if let path {
            exists = store.fileExists(path)
            if !exists { exists = try store.fingerprint(of: path) != nil }
        }
        guard let path, exists else {
            engine = fresh
            fingerprint = nil
            isDirty = false
            savedRecordID = nil
            return .absent
        }
        let file = try store.read(path)
        let contents = try codec.decode(file.bytes, file: path)
        for entry in contents.entries {
            try fresh.set(entry.address, entry.value)
        }
        for note in contents.scratch {
            _ = try fresh.execute(.scratchSet(name: note.name, value: note.value))
        }
        fresh.clearHistory()
        let match = restoreState(
            into: fresh, documentSHA256: file.fingerprint.sha256, path: path)
        engine = fresh
        fingerprint = file.fingerprint
        isDirty = false
        savedRecordID = fresh.history.lastCommand?.id
        return match
    }

    /// Forgets the warnings of the previous command.
    func beginCommand() { warnings = [] }

    /// Records warnings for the running command.
    ///
    /// - Parameter more: The warnings.
    public func warn(_ more: [Diagnostic]) { warnings += more }

    /// Runs a mutation through the engine's single entry point and marks the session dirty.
    ///
    /// - Parameter command: The command.
    /// - Returns: What it did.
    /// - Throws: The engine's error; nothing changed then.
    @discardableResult
    public func execute(_ command: EngineCommand) throws(MeteorError) -> CommandOutcome {
        let outcome = try engine.execute(command)
        warnings += outcome.warnings
        isDirty = true
        return outcome
    }

    /// Takes over an engine recovered from a crash journal; the session is dirty then.
    ///
    /// The engine's journal hook is cut: a session saves without a journal, so keeping it
    /// would leave records of changes that are already saved. The cursor stays.
    ///
    /// - Parameter recovered: The engine holding the file plus the replayed changes.
    public func adopt(recovered: MeteorEngine) {
        recovered.onChange = nil
        recovered.cursor = engine.cursor
        engine = recovered
        isDirty = true
    }

    /// Marks the session dirty after a change made outside ``execute(_:)``, such as undo.
    public func markChanged() { isDirty = true }

    /// The document the session would save: header, entries, scratch section.
    ///
    /// - Returns: UTF-8 bytes.
    public func documentBytes() -> [UInt8] {
        codec.encode(
            entries: engine.entries,
            scratch: engine.scratch.map { ScratchNote($0.name, $0.value) })
    }

    /// Saves the engine's data atomically, creating the file and its folder when needed.
    ///
    /// - Parameter force: Overwrite the file even when it changed on disk since it was read.
    /// - Throws: ``DiagnosticKind/documentChanged`` when someone else changed the file,
    ///   ``DiagnosticKind/lockHeld`` when another process is saving it, and
    ///   ``DiagnosticKind/ioError``.
    public func save(force: Bool = false) throws(MeteorError) {
        guard let path else { return }
        let directory = Self.directory(of: path)
        if !directory.isEmpty { try store.createDirectory(directory) }
        let condition: WriteCondition = force ? .overwrite : .matching(fingerprint)
        let bytes = documentBytes()
        let statePath = StateFile.path(for: path)
        let written = try store.write(
            bytes, to: path, condition: condition,
            companion: StoredCompanion(
                path: statePath,
                bytes: StateFile.encode(StateFile.state(for: bytes, of: engine))))
        fingerprint = written.fingerprint
        if let error = written.companionError {
            notes.append(
                "meteor: warning: the cursor and history were not saved: \(error.message)")
        }
        isDirty = false
        savedRecordID = engine.history.lastCommand?.id
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }
}
