import Foundation

/// The crash-recovery journal beside a document: `name.meteor.journal`, JSON Lines.
///
/// The first line is a ``JournalHeader`` naming the saved state (by SHA-256) the records
/// start from; each further line is one ``JournalRecord``, appended and fsynced before the
/// command that caused it returns. A line without its final newline was never acknowledged
/// and is ignored. A successful save removes the journal.
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
