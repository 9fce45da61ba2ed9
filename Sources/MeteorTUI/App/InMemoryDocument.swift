public import MeteorKit

/// A document that lives in memory: for tests, benchmarks and `--demo` previews.
public final class InMemoryDocument: TUIDocument {
    /// The engine.
    public let engine: MeteorEngine
    /// The name shown in the status bar.
    public let displayName: String
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
        self.displayName = displayName
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
}
