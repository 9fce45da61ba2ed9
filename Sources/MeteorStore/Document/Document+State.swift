import MeteorKit

/// The cursor and undo history kept beside the document in `name.meteor.state`
/// (``StateFile``), shared with the command line (docs/decisions/0006).
extension Document {
    // MARK: - Loading

    /// Restores the state saved beside the document into the freshly loaded engine.
    ///
    /// A save writes the document and then its state under the document's lock, so a load
    /// between the two sees a mismatch or no state at all; the state is then read once more
    /// under the lock, when both agree unless someone else changed the document.
    ///
    /// - Parameter documentSHA256: The SHA-256 of the document bytes the engine holds.
    /// - Returns: What was restored.
    func restoreSavedState(documentSHA256: String) -> StateRestoration {
        let first = StateFile.restore(
            into: engine, documentSHA256: documentSHA256, document: path, store: store)
        switch first {
        case .missing, .mismatch:
            guard let lock = store.waitForLock(path) else { return first }
            defer { lock.release() }
            let second = StateFile.restore(
                into: engine, documentSHA256: documentSHA256, document: path, store: store)
            if case .mismatch = second,
                let bytes = StateFile.repair(
                    for: path, documentSHA256: documentSHA256, cursor: engine.cursor, in: store)
            {
                savedStateSHA256 = SHA256Hex.of(bytes)
            }
            return second
        case .restored, .unreadable, .historyRejected:
            return first
        }
    }

    // MARK: - Saving

    /// The state file to write with document bytes: path beside `documentPath`, the
    /// engine's cursor and history, and the bytes' hash.
    ///
    /// - Parameters:
    ///   - documentSHA256: The SHA-256 of the document bytes being saved.
    ///   - documentPath: Where they are saved.
    /// - Returns: The companion for ``DocumentStore/write(_:to:condition:companion:)``.
    func stateCompanion(documentSHA256: String, at documentPath: String) -> StoredCompanion {
        let state = SessionState(
            documentSHA256: documentSHA256, cursor: engine.cursor,
            history: engine.historySnapshot())
        return StoredCompanion(
            path: StateFile.path(for: documentPath), bytes: StateFile.encode(state))
    }

    /// Writes the state alone when the document bytes did not change but the state did
    /// (the cursor moved, or an undo came back to the saved data).
    ///
    /// Runs under the document's lock, and only while the file still holds the bytes the
    /// state describes, so it never replaces the state of someone else's version. Failing
    /// costs only the state, with ``stateWarning`` set.
    ///
    /// - Parameters:
    ///   - companion: The state file.
    ///   - documentSHA256: The hash of the document bytes it belongs to.
    func writeStateAlone(_ companion: StoredCompanion, documentSHA256: String) {
        let stateSHA256 = SHA256Hex.of(companion.bytes)
        guard stateSHA256 != savedStateSHA256 else { return }
        do throws(MeteorError) {
            let lock = try store.lock(path)
            defer { lock.release() }
            guard try store.fingerprint(of: path)?.sha256 == documentSHA256 else { return }
            try store.write(companion.bytes, to: companion.path, condition: .overwrite)
            savedStateSHA256 = stateSHA256
        } catch {
            noteStateNotSaved(error)
        }
    }

    /// Records the outcome of a companion write.
    ///
    /// - Parameters:
    ///   - companion: The state file written with the document.
    ///   - error: Its write error, if only that failed.
    func noteStateWritten(_ companion: StoredCompanion, error: MeteorError?) {
        if let error {
            savedStateSHA256 = nil
            noteStateNotSaved(error)
        } else {
            savedStateSHA256 = SHA256Hex.of(companion.bytes)
        }
    }

    private func noteStateNotSaved(_ error: MeteorError) {
        stateWarning = "the cursor and history were not saved: \(error.message)"
    }
}
