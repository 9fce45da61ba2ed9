public import MeteorKit

/// Reading a document's state file back into an engine: the one implementation shared by the
/// command line and the TUI.
extension StateFile {
    /// Reads the state file beside a document.
    ///
    /// - Parameters:
    ///   - document: The document's path.
    ///   - store: The store holding it.
    /// - Returns: The state, or nil when there is no state file.
    /// - Throws: ``DiagnosticKind/invalidDocument`` or ``DiagnosticKind/ioError`` naming the
    ///   state file.
    public static func read(for document: String, in store: any DocumentStore)
        throws(MeteorError) -> SessionState?
    {
        let statePath = path(for: document)
        guard store.fileExists(statePath) else { return nil }
        return try decode(try store.read(statePath).bytes, path: statePath)
    }

    /// Restores the cursor and, when the state belongs to these document bytes, the history.
    ///
    /// Never fails: a missing, unreadable or unfitting state file only costs the history (or
    /// the cursor too when it cannot be read), and the result says why.
    ///
    /// A save stages the new state (``StorePath/staged(_:)``), replaces the document, then
    /// moves the state into place; so when the state does not describe these bytes, the
    /// staged one is tried (a crash, or a save still running, between the two renames), and
    /// then the state once more (the move may have happened meanwhile). No lock is needed.
    ///
    /// - Parameters:
    ///   - engine: The engine freshly loaded from the document, with an empty history.
    ///   - documentSHA256: The SHA-256 of the document bytes as read (its fingerprint's).
    ///   - document: The document's path.
    ///   - store: The store holding it.
    /// - Returns: What was restored.
    public static func restore(
        into engine: MeteorEngine, documentSHA256: String, document: String,
        store: any DocumentStore
    ) -> StateRestoration {
        let state: SessionState?
        do {
            state = try read(for: document, in: store)
        } catch {
            return .unreadable(error)
        }
        if let state, state.documentSHA256 == documentSHA256 {
            return restore(state, into: engine, documentSHA256: documentSHA256, document: document)
        }
        let stagedPath = StorePath.staged(path(for: document))
        if store.fileExists(stagedPath), let bytes = try? store.read(stagedPath).bytes,
            let staged = try? decode(bytes, path: stagedPath),
            staged.documentSHA256 == documentSHA256
        {
            return restore(staged, into: engine, documentSHA256: documentSHA256, document: document)
        }
        if let again = try? read(for: document, in: store), again.documentSHA256 == documentSHA256 {
            return restore(again, into: engine, documentSHA256: documentSHA256, document: document)
        }
        guard let state else { return .missing }
        return restore(state, into: engine, documentSHA256: documentSHA256, document: document)
    }

    /// Restores a state already read.
    ///
    /// - Parameters:
    ///   - state: The state.
    ///   - engine: The engine freshly loaded from the document.
    ///   - documentSHA256: The SHA-256 of the document bytes as read.
    ///   - document: The document's path, for messages.
    /// - Returns: What was restored.
    public static func restore(
        _ state: SessionState, into engine: MeteorEngine, documentSHA256: String,
        document: String
    ) -> StateRestoration {
        engine.cursor = state.cursor
        guard state.documentSHA256 == documentSHA256 else { return .mismatch }
        guard let history = state.history else { return .restored }
        do {
            try engine.restoreHistory(history)
        } catch {
            return .historyRejected(error, statePath: path(for: document))
        }
        return .restored
    }

    /// Rewrites a state file that belongs to other document bytes, keeping only the cursor.
    ///
    /// After someone else changed the document its history is dropped; rewriting the file
    /// for the bytes now on disk shows that note once instead of at every load.
    ///
    /// - Parameters:
    ///   - document: The document's path.
    ///   - documentSHA256: The SHA-256 of the document as loaded.
    ///   - cursor: The cursor to keep.
    ///   - store: The store holding both.
    ///   - lock: The caller's hold of the document's lock.
    /// - Returns: The bytes written, or nil when the write failed (the note then comes again,
    ///   and the next save rewrites the file anyway).
    @discardableResult
    public static func repair(
        for document: String, documentSHA256: String, cursor: Cursor,
        in store: any DocumentStore, holding lock: any DocumentLock
    ) -> [UInt8]? {
        let bytes = encode(
            SessionState(documentSHA256: documentSHA256, cursor: cursor, history: nil))
        do {
            _ = try store.write(
                bytes, to: path(for: document), condition: .overwrite, companion: nil,
                sha256: nil, holding: lock)
            return bytes
        } catch {
            return nil
        }
    }
}
