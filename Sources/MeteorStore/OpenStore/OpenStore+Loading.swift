/// Loading a store's file into its engine, with progress, located duplicates and the saved
/// cursor and history.
extension OpenStore {
    /// Loads the file at open, when there is one, and restores the state saved beside it.
    ///
    /// Reading takes no lock: a save stages the state before replacing the document
    /// (``StateFile/restore(into:documentSHA256:document:store:)``). When the state belongs
    /// to other bytes and the file changed meanwhile, a save landed between the two reads,
    /// and the load starts again; when the file did not change, another program changed it,
    /// and the history is dropped (in the writing modes the state file is rewritten for the
    /// file as loaded, so this is reported once).
    ///
    /// - Parameter progress: The load's observer.
    /// - Throws: A located document error, ``DiagnosticKind/ioError`` or
    ///   ``DiagnosticKind/cancelled``.
    func loadFile(progress: DocumentLoadObserver?) throws(MeteorError) {
        // A directory at the path is an error, not a missing store.
        if !store.fileExists(path) {
            guard try store.fingerprint(of: path) != nil else { return }
        }
        if let progress {
            let report = DocumentLoadProgress(phase: .reading, done: 0, total: 0, fileBytes: 0)
            guard progress(report) else { throw DocumentCodec.cancelled(path, report) }
        }
        for attempt in 1...3 {
            if attempt > 1 { resetEngine() }
            let file = try store.read(path)
            try Self.load(file.bytes, file: path, into: engine, progress: progress)
            savedFingerprint = file.fingerprint
            stateRestoration = StateFile.restore(
                into: engine, documentSHA256: file.fingerprint.sha256, document: path,
                store: store)
            guard case .mismatch = stateRestoration, heldLock == nil, attempt < 3,
                let now = try? store.fingerprint(of: path), !now.sameContent(as: file.fingerprint)
            else { break }
        }
        stateWarning = stateRestoration.warning
        savedRecordID = engine.history.lastCommand?.id
        savedCursor = engine.cursor
        if case .mismatch = stateRestoration { repairState() }
    }

    /// Decodes the bytes and stores them in the engine.
    ///
    /// - Throws: A located document error, or ``DiagnosticKind/cancelled``.
    static func load(
        _ bytes: [UInt8], file: String, into engine: MeteorEngine,
        progress: DocumentLoadObserver?
    ) throws(MeteorError) {
        let contents = try DocumentCodec(limits: engine.limits).decode(
            bytes, file: file, checksDuplicates: false, progress: progress)
        try apply(contents, bytes: bytes, file: file, to: engine, progress: progress)
    }

    /// How many entries are stored between two progress reports.
    private static let indexingStep = 1 << 16

    /// Stores the entries, in chunks when someone watches the progress.
    private static func store(
        _ entries: [Entry], file: String, fileBytes: Int, into engine: MeteorEngine,
        progress: DocumentLoadObserver?
    ) throws(MeteorError) -> Int? {
        guard let progress else { return try engine.load(entries) }
        var duplicate: Int?
        var start = 0
        repeat {
            let report = DocumentLoadProgress(
                phase: .indexing, done: start, total: entries.count, fileBytes: fileBytes)
            guard progress(report) else { throw DocumentCodec.cancelled(file, report) }
            let end = min(entries.count, start + indexingStep)
            let found = try engine.load(entries[start..<end])
            if duplicate == nil { duplicate = found }
            start = end
        } while start < entries.count
        return duplicate
    }

    /// Stores decoded contents in the engine and clears its history (loading is no edit).
    ///
    /// - Throws: A located duplicate-address error, or ``DiagnosticKind/cancelled``.
    static func apply(
        _ contents: DocumentContents, bytes: [UInt8], file: String, to engine: MeteorEngine,
        progress: DocumentLoadObserver? = nil
    ) throws(MeteorError) {
        if let duplicate = try store(
            contents.entries, file: file, fileBytes: bytes.count, into: engine, progress: progress)
        {
            let number =
                contents.entryLines.indices.contains(duplicate)
                ? contents.entryLines[duplicate] : 0
            let text = number > 0 ? Self.line(number, of: bytes) : nil
            throw MeteorError(
                .invalidDocument,
                "`\(contents.entries[duplicate].address)` appears twice in the document",
                at: SourceLocation(
                    file: file, line: max(1, number), column: 1, length: text?.count ?? 1,
                    lineText: text),
                hint: "keep one line per address")
        }
        for note in contents.scratch { try engine.loadScratchSlot(note.name, note.value) }
        // Loading is not an edit: nothing of it should be undoable.
        engine.clearHistory()
    }

    /// The text of line `number` (1-based), for a diagnostic found after parsing.
    private static func line(_ number: Int, of bytes: [UInt8]) -> String {
        var current = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == .lineFeed {
            if current == number { return lineText(bytes[start..<index]) }
            current += 1
            start = index + 1
        }
        return lineText(bytes[start...])
    }

    private static func lineText(_ slice: ArraySlice<UInt8>) -> String {
        var text = String(decoding: slice, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
