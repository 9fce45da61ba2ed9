/// One store opened for work: the ``OpenStore`` (engine, file, lock, journal, saved state)
/// with what commands need around it — where `-` arguments read from, the warnings of the
/// running command, and notes for standard error.
///
/// The command line opens a session per invocation (``OpenMode/oneShot``, or
/// ``OpenMode/readOnly`` for commands that only read) and saves it when a command changed
/// it; the REPL keeps one open (``OpenMode/journaled``) and saves on `save` and on exit. The
/// TUI's `:` line runs in a session over the TUI's own engine, without a file.
public final class Session {
    /// The open store, or nil for a session over an engine another front end owns.
    public let openStore: OpenStore?
    /// The engine with the store's data.
    public let engine: MeteorEngine
    /// Where files live: the store's, and the ones `export` and `import` use.
    public let store: any DocumentStore
    /// Reads all of standard input, for `-` arguments; nil where stdin is not available
    /// (the REPL reads its commands from it).
    public var standardInput: (() throws -> String)?
    /// Warnings collected by the command that is running.
    public private(set) var warnings: [Diagnostic] = []
    /// Messages about the store's saved state (cursor and history) from the last load or
    /// save, such as a broken state file; for standard error.
    public var notes: [String] = []

    /// Creates a session over an engine, without a file (the TUI's `:` line).
    ///
    /// - Parameters:
    ///   - engine: The engine; its owner saves it.
    ///   - store: Where `export` and `import` read and write.
    public init(engine: MeteorEngine, store: any DocumentStore) {
        self.openStore = nil
        self.engine = engine
        self.store = store
    }

    /// Creates a session over an open store.
    ///
    /// - Parameter openStore: The store; the session creates its folder when it saves.
    public init(openStore: OpenStore) {
        self.openStore = openStore
        self.engine = openStore.engine
        self.store = openStore.store
        openStore.createsMissingFolder = true
        notes = Self.notes(after: openStore)
    }

    /// Opens the store file: loads it when it exists, or starts empty.
    ///
    /// - Parameters:
    ///   - path: The store file.
    ///   - store: The document store.
    ///   - mode: How the store is used; journaled (the REPL) by default.
    ///   - lockTimeout: How long to queue behind another writer's lock.
    ///   - makeEngine: Makes the empty engine to load into (the clock and limits are the
    ///     caller's).
    /// - Returns: The loaded session.
    /// - Throws: ``DiagnosticKind/ioError`` when the file cannot be read, the document's
    ///   first error (`file:line:column`), or ``DiagnosticKind/lockHeld``.
    public static func open(
        path: String, store: any DocumentStore, mode: OpenMode = .journaled,
        lockTimeout: Duration = .seconds(10),
        makeEngine: () -> MeteorEngine = { MeteorEngine() }
    ) throws(MeteorError) -> Session {
        Session(
            openStore: try OpenStore(
                path: path, store: store, engine: makeEngine(), mode: mode,
                lockTimeout: lockTimeout))
    }

    /// The store file, or nil for a session without one.
    public var path: String? { openStore?.path }

    /// Whether the engine holds data changes that are not saved.
    public var isDirty: Bool { openStore?.isDirty ?? false }

    /// Whether there is something to save: changed data, or new history records of a store
    /// that exists (a store is only created by a change).
    public var hasUnsavedState: Bool { openStore?.hasUnsavedState ?? false }

    /// Forgets the warnings of the previous command.
    func beginCommand() { warnings = [] }

    /// Records warnings for the running command.
    ///
    /// - Parameter more: The warnings.
    public func warn(_ more: [Diagnostic]) { warnings += more }

    /// Runs a mutation through the engine's single entry point.
    ///
    /// - Parameter command: The command.
    /// - Returns: What it did.
    /// - Throws: The engine's error; nothing changed then.
    @discardableResult
    public func execute(_ command: EngineCommand) throws(MeteorError) -> CommandOutcome {
        let outcome = try engine.execute(command)
        warnings += outcome.warnings
        return outcome
    }

    /// Discards unsaved changes and reads the file again, with the cursor and history saved
    /// beside it (see ``StateFile``).
    ///
    /// - Throws: A located document error, or ``DiagnosticKind/ioError``.
    public func reload() throws(MeteorError) {
        guard let openStore else { return }
        try openStore.reload()
        notes = Self.notes(after: openStore)
    }

    /// Saves the engine's data atomically, creating the file and its folder when needed.
    ///
    /// - Parameter force: Overwrite the file even when it changed on disk since it was read.
    /// - Throws: ``DiagnosticKind/documentChanged`` when someone else changed the file,
    ///   ``DiagnosticKind/lockHeld`` when another process keeps it locked, and
    ///   ``DiagnosticKind/ioError``.
    public func save(force: Bool = false) throws(MeteorError) {
        guard let openStore else { return }
        try openStore.save(force ? .overwrite : .safe)
        noteSaveWarning()
    }

    /// Saves, replaying this session's changes onto the file when another writer changed it
    /// meanwhile (``OpenStore/save(merging:)``).
    ///
    /// - Parameter resolve: Chooses a side for keys both changed; nil cancels the save.
    /// - Returns: What the save did, or nil for a session without a file.
    /// - Throws: The save's errors; ``DiagnosticKind/documentChanged`` when conflicts were
    ///   left open.
    @discardableResult
    public func save(merging resolve: (MergePlan) -> MergeResolution?) throws(MeteorError)
        -> MergeSaveResult?
    {
        guard let openStore else { return nil }
        let result = try openStore.save(merging: resolve)
        noteSaveWarning()
        return result
    }

    /// Releases the store's locks; the session is done.
    public func close() { openStore?.close() }

    private func noteSaveWarning() {
        if let warning = openStore?.stateWarning { notes.append("meteor: warning: \(warning)") }
    }
}
