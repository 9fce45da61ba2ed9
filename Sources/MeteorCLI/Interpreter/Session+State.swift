#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The cursor and history kept beside the store between invocations (docs/decisions/0006).
extension Session {
    /// How a store's saved state matched its document.
    enum StateMatch {
        /// There is no document (so no state to restore).
        case absent
        /// The state was restored, or it was unreadable (with a note).
        case restored
        /// The document has no state file: new to the command line, or a save is between
        /// writing the document and its state file.
        case missing
        /// The state belongs to other document bytes; only the cursor was restored.
        case mismatch
    }

    /// Restores the cursor and, when the state belongs to these document bytes, the history.
    ///
    /// Never fails: a missing, unreadable or unfitting state file only costs the history,
    /// with a note naming the file and the reason (``StateFile/restore(into:documentSHA256:document:store:)``,
    /// shared with the TUI's `Document`).
    ///
    /// - Parameters:
    ///   - engine: The freshly loaded engine.
    ///   - documentSHA256: The SHA-256 of the document as read.
    ///   - path: The document's path.
    /// - Returns: How the state matched.
    func restoreState(into engine: MeteorEngine, documentSHA256: String, path: String)
        -> StateMatch
    {
        let restoration = StateFile.restore(
            into: engine, documentSHA256: documentSHA256, document: path, store: store)
        if let warning = restoration.warning { notes.append("meteor: warning: \(warning)") }
        switch restoration {
        case .missing: return .missing
        case .mismatch: return .mismatch
        case .restored, .unreadable, .historyRejected: return .restored
        }
    }

    /// The note for a history that belongs to another version of the document.
    func dropHistoryNote() {
        guard let path else { return }
        notes.append(
            "meteor: note: `\(path)` was changed by another program since the last command; "
                + "its undo history was dropped")
    }

    /// Rewrites the state file for the document as loaded, keeping the cursor only.
    ///
    /// So the note above is shown once. Runs under the document's lock; failures are
    /// ignored, as the next save rewrites the file anyway.
    func repairState() {
        guard let path else { return }
        StateFile.repair(
            for: path, documentSHA256: fingerprint?.sha256 ?? "", cursor: engine.cursor,
            in: store)
    }

    /// Takes the document's lock, waiting up to two seconds for a save to finish.
    ///
    /// - Returns: The lock, or nil when there is no file, or it stayed held.
    func waitForLock() -> (any DocumentLock)? {
        path.flatMap { store.waitForLock($0) }
    }
}
