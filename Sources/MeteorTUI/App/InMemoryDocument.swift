public import MeteorKit

/// A document that lives in memory: for tests, benchmarks and `--demo` previews.
public final class InMemoryDocument: TUIDocument {
    /// The engine.
    public let engine: MeteorEngine
    /// The name shown in the status bar: the last part of ``path``.
    public var displayName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
    /// The document's file name; save-as changes it.
    public private(set) var path: String
    /// Files that exist in the pretend file system save-as checks against.
    public var existingFiles: Set<String> = []
    /// Directories that exist besides the current one (paths without a `/`).
    public var existingDirectories: Set<String> = []
    /// How many times the document was saved.
    public private(set) var saveCount = 0
    /// When set, the next save fails with this error (once).
    public var nextSaveError: MeteorError?
    private var savedGeneration: Int
    private var savedEntries: [Entry]
    private var savedScratch: ScratchSlots

    /// Creates a document over an engine, considered saved as it is.
    ///
    /// - Parameters:
    ///   - engine: The engine.
    ///   - displayName: The name to show.
    public init(engine: MeteorEngine, displayName: String = "in-memory") {
        self.engine = engine
        self.path = displayName
        self.savedGeneration = engine.generation
        self.savedEntries = Array(engine.entries)
        self.savedScratch = engine.scratch
    }

    /// Whether the engine's entries or scratch notes changed since the last save.
    public var hasUnsavedChanges: Bool {
        engine.generation != savedGeneration || engine.scratch != savedScratch
    }

    /// Records the current data as saved.
    ///
    /// - Parameter overwritingExternalChanges: Ignored: nothing else writes this document.
    /// - Throws: ``nextSaveError`` when set.
    public func save(overwritingExternalChanges: Bool) throws(MeteorError) {
        if let error = nextSaveError {
            nextSaveError = nil
            throw error
        }
        saveCount += 1
        savedGeneration = engine.generation
        savedEntries = Array(engine.entries)
        savedScratch = engine.scratch
    }

    /// Journal entries waiting for recovery; set by tests to drive the recovery dialog.
    public var pendingRecoveryCount: Int?
    /// Changes ``recover()`` replays: what a journal would bring back.
    public var recoverableChanges: [EngineCommand] = []

    /// Replays ``recoverableChanges``.
    ///
    /// - Returns: How many were replayed.
    /// - Throws: The first engine error.
    public func recover() throws(MeteorError) -> Int {
        for command in recoverableChanges { try engine.execute(command) }
        pendingRecoveryCount = nil
        return recoverableChanges.count
    }

    /// Forgets the pending recovery.
    public func discardRecovery() {
        pendingRecoveryCount = nil
        recoverableChanges = []
    }

    /// How many times unsaved changes were discarded before quitting.
    public private(set) var discardCount = 0

    /// Counts the discard; an in-memory document keeps no journal.
    public func discardUnsavedChanges() {
        discardCount += 1
    }

    /// Restores the data of the last save.
    ///
    /// - Throws: Never in practice; restoring saved entries re-validates them.
    public func reload() throws(MeteorError) {
        for context in engine.contexts { engine.delete(.context(context)) }
        for entry in savedEntries { try engine.set(entry.address, entry.value) }
        engine.unloadScratchSlots()
        for (name, value) in savedScratch { try engine.loadScratchSlot(name, value) }
        // The discarded changes' history would undo into data that no longer exists.
        engine.clearHistory()
        savedGeneration = engine.generation
    }

    // MARK: - Save as

    /// Checks `path` against ``existingFiles`` and ``existingDirectories``.
    ///
    /// - Parameter path: The destination.
    /// - Returns: Available, exists, or the problem.
    public func saveAsTarget(_ path: String) -> SaveAsTarget {
        if path.isEmpty { return .problem("type a file path, such as notes-copy.meteor") }
        if path == self.path {
            return .problem("that is this document's own file: choose overwrite instead")
        }
        if let slash = path.lastIndex(of: "/") {
            let directory = String(path[..<slash])
            if !directory.isEmpty, !existingDirectories.contains(directory) {
                return .problem("directory \(directory) does not exist")
            }
        }
        return existingFiles.contains(path) ? .exists : .available
    }

    /// Records a save under a new path, which becomes the document's.
    ///
    /// - Parameters:
    ///   - path: The new file.
    ///   - overwrite: Whether a file in ``existingFiles`` may be replaced.
    /// - Throws: ``nextSaveError`` when set; ``DiagnosticKind/documentChanged`` when the
    ///   file exists and `overwrite` is false.
    public func save(as path: String, overwrite: Bool) throws(MeteorError) {
        if existingFiles.contains(path), !overwrite {
            throw MeteorError(.documentChanged, "`\(path)` exists already")
        }
        try save(overwritingExternalChanges: false)
        existingFiles.insert(path)
        self.path = path
    }
}
