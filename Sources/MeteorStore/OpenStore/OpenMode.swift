/// How an ``OpenStore`` is used, which decides what it writes and when it holds the lock.
public enum OpenMode: Sendable, Hashable {
    /// A command that only reads: no lock is taken, no lock file created, no state file
    /// repaired, and ``OpenStore/save(_:)`` refuses.
    case readOnly
    /// One command (or one batch) that may write: the document's lock is taken at open,
    /// queueing behind other writers, and held until ``OpenStore/close()``, so the load, the
    /// command and the save see no other meteor writer. Nothing is journaled: the command
    /// either saves or leaves the file as it was.
    case oneShot
    /// An editing session (REPL, TUI): the lock is taken only while saving, and every change
    /// is journaled and fsynced before the command returns, for recovery after a crash.
    case journaled
}

/// What ``OpenStore/save(merging:)`` did.
public enum MergeSaveResult: Sendable, Hashable {
    /// The file was as loaded: an ordinary save.
    case saved(SaveResult)
    /// The file had changed: this session's changes were replayed onto it, as the plan
    /// describes, and the result saved.
    case merged(MergePlan, FileFingerprint)
}
