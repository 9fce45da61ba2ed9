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
    /// with a note naming the file and the reason.
    ///
    /// - Parameters:
    ///   - engine: The freshly loaded engine.
    ///   - documentBytes: The document as read.
    ///   - path: The document's path.
    /// - Returns: How the state matched.
    func restoreState(into engine: MeteorEngine, documentBytes: [UInt8], path: String)
        -> StateMatch
    {
        let statePath = StateFile.path(for: path)
        guard store.fileExists(statePath) else { return .missing }
        let state: SessionState
        do {
            state = try StateFile.decode(try store.read(statePath).bytes, path: statePath)
        } catch {
            notes.append(
                "meteor: warning: \(error.message); continuing with an empty history")
            return .restored
        }
        engine.cursor = state.cursor
        guard state.belongs(to: documentBytes) else { return .mismatch }
        guard let history = state.history else { return .restored }
        do {
            try engine.restoreHistory(history)
        } catch {
            notes.append(
                "meteor: warning: ignoring the history in `\(statePath)`: \(error.message)")
        }
        return .restored
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
        let state = SessionState(
            documentSHA256: fingerprint?.sha256 ?? "", cursor: engine.cursor, history: nil)
        _ = try? store.write(
            StateFile.encode(state), to: StateFile.path(for: path), condition: .overwrite)
    }

    /// Takes the document's lock, waiting up to two seconds for a save to finish.
    ///
    /// - Returns: The lock, or nil when it stayed held or cannot be taken.
    func waitForLock() -> (any DocumentLock)? {
        guard let path else { return nil }
        for _ in 0..<200 {
            do {
                return try store.lock(path)
            } catch  where error.kind == .lockHeld {
                StandardStreams.sleep(milliseconds: 10)
            } catch {
                return nil
            }
        }
        return nil
    }
}
