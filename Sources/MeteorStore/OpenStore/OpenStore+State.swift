import MeteorKit

/// The cursor and undo history kept beside the store in `name.meteor.state`
/// (``StateFile``), shared by every front end (docs/decisions/0006).
extension OpenStore {
    // MARK: - Loading

    /// Rewrites a state file that belongs to other bytes for the file as loaded, keeping
    /// only the cursor, so a file changed by another program is reported once.
    ///
    /// Only an editing session does it at open, under the document's lock and only while the
    /// file still holds the loaded bytes; failing costs nothing (the next save rewrites it
    /// anyway). A command writes nothing until it saves, and its save rewrites the state.
    func repairState() {
        guard mode == .journaled, let sha256 = savedFingerprint?.sha256,
            let lock = try? store.lock(path, waiting: lockTimeout)
        else { return }
        defer { lock.release() }
        guard (try? store.fingerprint(of: path))?.sha256 == sha256,
            let bytes = StateFile.repair(
                for: path, documentSHA256: sha256, cursor: engine.cursor, in: store,
                holding: lock)
        else { return }
        savedStateSHA256 = SHA256Hex.of(bytes)
    }

    // MARK: - Saving

    /// The state file to write with document bytes: path beside `documentPath`, the
    /// engine's cursor and history, and the bytes' hash.
    ///
    /// - Parameters:
    ///   - documentSHA256: The SHA-256 of the document bytes being saved.
    ///   - documentPath: Where they are saved.
    /// - Returns: The companion for ``DocumentStore/write(_:to:condition:companion:holding:)``.
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
    /// state describes (a one-shot store holds the lock since it loaded them), so it never
    /// replaces the state of someone else's version. Failing costs only the state, with
    /// ``stateWarning`` set.
    ///
    /// - Parameters:
    ///   - companion: The state file.
    ///   - documentSHA256: The hash of the document bytes it belongs to.
    ///   - lock: The hold of the document's lock.
    func writeStateAlone(
        _ companion: StoredCompanion, documentSHA256: String, holding lock: any DocumentLock
    ) {
        let stateSHA256 = SHA256Hex.of(companion.bytes)
        guard stateSHA256 != savedStateSHA256 else { return }
        do throws(MeteorError) {
            if heldLock == nil {
                guard try store.fingerprint(of: path)?.sha256 == documentSHA256 else { return }
            }
            _ = try store.write(
                companion.bytes, to: companion.path, condition: .overwrite, companion: nil,
                sha256: nil, holding: lock)
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
