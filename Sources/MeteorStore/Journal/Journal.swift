import Foundation

/// The crash-recovery journal beside a document: `name.meteor.journal`, JSON Lines.
///
/// The first line is a ``JournalHeader`` naming the saved state (by SHA-256) the records
/// start from; each further line is one ``JournalRecord``, appended and fsynced before the
/// command that caused it returns. A line without its final newline was never acknowledged
/// and is ignored. A successful save removes the journal, or cuts it back to the records an
/// earlier session left for recovery.
struct Journal {
    /// What a journal file holds.
    struct Contents: Hashable {
        /// The header.
        var header: JournalHeader
        /// The complete records, in order.
        var records: [JournalRecord]
    }

    /// Where the bytes live.
    let store: any DocumentStore
    /// The journal file.
    let path: String

    /// Creates a journal for a document.
    ///
    /// - Parameters:
    ///   - store: The store.
    ///   - document: The document's path; the journal sits beside it.
    init(store: any DocumentStore, document: String) {
        self.store = store
        self.path = StorePath.journal(for: document)
    }

    /// Whether a journal file exists.
    var exists: Bool { store.fileExists(path) }

    /// Starts a fresh journal for changes made on top of the saved state `base`.
    ///
    /// - Parameter base: The SHA-256 of the saved document, or nil.
    /// - Throws: ``DiagnosticKind/ioError``.
    func start(base: String?) throws(MeteorError) {
        try store.remove(path)
        try store.append(Self.line(JournalHeader(base: base)), to: path)
    }

    /// Replaces the journal atomically with a header and records, under the caller's hold
    /// of the journal's own lock (``ownerLock``), or removes it when there are no records.
    ///
    /// - Parameters:
    ///   - base: The header's base.
    ///   - records: The records, in order.
    ///   - lock: The session's hold of ``ownerLock``.
    /// - Throws: ``DiagnosticKind/ioError``.
    func rewrite(base: String?, records: [JournalRecord], holding lock: any DocumentLock)
        throws(MeteorError)
    {
        guard !records.isEmpty else { return try discard() }
        var bytes = Self.line(JournalHeader(base: base))
        for record in records { bytes += Self.line(record) }
        _ = try store.write(
            bytes, to: path, condition: .overwrite, companion: nil, sha256: nil, holding: lock)
    }

    /// The lock a session holds for as long as it writes this journal, so a second session
    /// of the same store sees a live journal (not a crashed one) and leaves it alone.
    ///
    /// It is the advisory lock of the journal's path, a sidecar of its own
    /// (``StorePath/lockFile(for:)``), never the document's.
    var ownerLock: String { path }

    /// Appends one record durably.
    ///
    /// - Parameter record: The record.
    /// - Throws: ``DiagnosticKind/ioError``.
    func append(_ record: JournalRecord) throws(MeteorError) {
        try store.append(Self.line(record), to: path)
    }

    /// Removes the journal after a successful save.
    ///
    /// - Throws: ``DiagnosticKind/ioError``.
    func discard() throws(MeteorError) { try store.remove(path) }

    /// Reads the journal.
    ///
    /// - Returns: The header and every complete record; nil when there is no journal or not
    ///   even a complete header (a crash before the first acknowledgement).
    /// - Throws: ``DiagnosticKind/invalidDocument`` when a complete line is not a record, at
    ///   `journal:line:1`.
    func read() throws(MeteorError) -> Contents? {
        guard exists else { return nil }
        let bytes = try store.read(path).bytes
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // The piece after the last newline is empty for a clean journal, and a torn,
        // unacknowledged record otherwise: either way it is not part of the journal.
        lines.removeLast()
        guard let first = lines.first else { return nil }
        let decoder = JSONDecoder()
        let header: JournalHeader = try decode(first, number: 1, decoder)
        guard header.meteorJournal == JournalHeader.currentVersion else {
            throw MeteorError(
                .invalidDocument,
                "`\(path)` is a journal of format \(header.meteorJournal), written by another "
                    + "version of meteor; this one replays format \(JournalHeader.currentVersion)",
                at: SourceLocation(file: path, line: 1, column: 1),
                hint: "replay it with the meteor that wrote it, or discard it")
        }
        var records: [JournalRecord] = []
        for (offset, line) in lines.dropFirst().enumerated() {
            records.append(try decode(line, number: offset + 2, decoder))
        }
        return Contents(header: header, records: records)
    }

    private func decode<T: Decodable>(
        _ line: ArraySlice<UInt8>, number: Int, _ decoder: JSONDecoder
    )
        throws(MeteorError) -> T
    {
        do {
            return try decoder.decode(T.self, from: Data(line))
        } catch {
            throw MeteorError(
                .invalidDocument, "journal line \(number) is damaged: \(error)",
                at: SourceLocation(file: path, line: number, column: 1),
                hint: "recover what precedes it by hand, or discard the journal")
        }
    }

    private static func line(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, arrays and enums cannot fail; an empty line would be
        // rejected on replay rather than silently accepted.
        var bytes = (try? encoder.encode(value)).map { [UInt8]($0) } ?? []
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
