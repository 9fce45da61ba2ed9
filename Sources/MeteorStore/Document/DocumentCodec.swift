/// Reads and writes the `.meteor` text format (SPEC §11).
///
/// ```
/// # meteor v1
/// app:ui:button=click
/// app:ui:list[0]="first line\nsecond line"
/// # scratch
/// todo=check the install section
/// ```
///
/// Entry lines have exactly the grammar of one fully qualified token (`ctx:ns:key=value`),
/// and are read by the same ``MeteorStreamParser`` every other input goes through, so a
/// document can never accept what a stream rejects.
public struct DocumentCodec: Sendable {
    /// The first line of every document this version writes.
    public static let header = "# meteor v1"
    /// The line that starts the scratch section.
    public static let scratchMarker = "# scratch"

    /// The limits enforced while reading.
    public var limits: Limits

    /// Creates a codec.
    ///
    /// - Parameter limits: The limits to enforce on load; the build's profile by default.
    public init(limits: Limits = .active) {
        self.limits = limits
    }

    // MARK: - Writing

    /// Writes a document: header, one line per entry in order, then the scratch section.
    ///
    /// - Parameters:
    ///   - entries: The entries, in the order to keep.
    ///   - scratch: The scratch notes; the section is left out when there are none.
    /// - Returns: The UTF-8 bytes, ending with a newline.
    public func encode(entries: some Sequence<Entry>, scratch: [ScratchNote] = []) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        out.append(contentsOf: Self.header.utf8)
        out.append(.lineFeed)
        var lastContext: Context?
        var lastNamespace: Namespace?
        var prefix: [UInt8] = []
        for entry in entries {
            // Consecutive entries share their `ctx:ns:`; building it once per namespace
            // instead of per entry is most of the writer's speed.
            if entry.context != lastContext || entry.namespace != lastNamespace {
                lastContext = entry.context
                lastNamespace = entry.namespace
                prefix = Array("\(entry.context.name):\(entry.namespace.name):".utf8)
            }
            out.append(contentsOf: prefix)
            out.append(contentsOf: entry.key.bracket.utf8)
            out.append(.equalsSign)
            out.append(contentsOf: ValueSyntax.serialize(entry.value).utf8)
            out.append(.lineFeed)
        }
        if !scratch.isEmpty {
            out.append(contentsOf: Self.scratchMarker.utf8)
            out.append(.lineFeed)
            for note in scratch {
                out.append(contentsOf: note.name.utf8)
                out.append(.equalsSign)
                out.append(contentsOf: ValueSyntax.serialize(note.value).utf8)
                out.append(.lineFeed)
            }
        }
        return out
    }

    /// Writes a document's contents.
    ///
    /// - Parameter contents: The entries and scratch notes.
    /// - Returns: The UTF-8 bytes.
    public func encode(_ contents: DocumentContents) -> [UInt8] {
        encode(entries: contents.entries, scratch: contents.scratch)
    }

    // MARK: - Reading

    /// Reads a whole document, all or nothing.
    ///
    /// Accepts CRLF line ends, a leading BOM, a missing final newline, comment lines (`#`)
    /// and blank lines. Names, keys, values and the store's context count are checked
    /// against ``limits``; duplicate addresses are rejected.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: The name used in diagnostics (`file:line:column`).
    /// - Returns: The entries in file order and the scratch notes.
    /// - Throws: The first problem, located at its line and column with the line's text;
    ///   nothing is returned then.
    public func decode(_ bytes: [UInt8], file: String) throws(MeteorError) -> DocumentContents {
        try decode(bytes, file: file, checksDuplicates: true)
    }

    /// Reads a whole document; with `checksDuplicates` false, duplicate addresses are left for
    /// the engine's bulk load to find (it hashes every address anyway), and each entry's line
    /// is kept in ``DocumentContents/entryLines`` to report them.
    ///
    /// `progress` hears about every ``progressStep`` bytes; returning false stops the read with
    /// ``DiagnosticKind/cancelled``.
    func decode(
        _ bytes: [UInt8], file: String, checksDuplicates: Bool,
        progress: DocumentLoadObserver? = nil
    ) throws(MeteorError) -> DocumentContents {
        var reader = DocumentReader(
            limits: limits, file: file, expectedLines: bytes.count / 48,
            checksDuplicates: checksDuplicates)
        let span = bytes.span
        var start = 0
        if span.count >= 3, span[0] == 0xEF, span[1] == 0xBB, span[2] == 0xBF { start = 3 }
        var invalidOffset: Int?
        do {
            _ = try UTF8Span(validating: span)
        } catch {
            invalidOffset = error.byteOffsets.lowerBound
        }
        var number = 0
        // One comparison per line: the observer runs once per step, never per line.
        var nextReport = progress == nil ? Int.max : 0
        while start < span.count {
            if start >= nextReport, let progress {
                let report = DocumentLoadProgress(
                    phase: .parsing, done: start, total: span.count, fileBytes: span.count)
                guard progress(report) else { throw Self.cancelled(file, report) }
                nextReport = start + Self.progressStep
            }
            var end = start
            while end < span.count, span[unchecked: end] != .lineFeed { end += 1 }
            var lineEnd = end
            if lineEnd > start, span[unchecked: lineEnd - 1] == .carriageReturn { lineEnd -= 1 }
            number += 1
            if let invalid = invalidOffset, invalid < end + 1 {
                throw reader.invalidUTF8(
                    span.extracting(start..<lineEnd), number: number,
                    offset: min(invalid, lineEnd) - start)
            }
            try reader.read(span.extracting(start..<lineEnd), number: number)
            start = end + 1
        }
        if let progress {
            let report = DocumentLoadProgress(
                phase: .parsing, done: span.count, total: span.count, fileBytes: span.count)
            guard progress(report) else { throw Self.cancelled(file, report) }
        }
        return try reader.finish()
    }

    /// How many bytes pass between two progress reports.
    static let progressStep = 1 << 20

    /// The error of a load the observer stopped.
    static func cancelled(_ file: String, _ progress: DocumentLoadProgress) -> MeteorError {
        let percent = Int((progress.fraction * 100).rounded(.down))
        return MeteorError(
            .cancelled,
            "loading `\(file)` was cancelled at \(percent)% of \(progress.phase.rawValue)")
    }
}

extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let equalsSign = UInt8(ascii: "=")
    static let numberSign = UInt8(ascii: "#")
    static let semicolon = UInt8(ascii: ";")
    static let colon = UInt8(ascii: ":")

    /// Space or tab: what may surround a line's content.
    var isBlank: Bool { self == 0x20 || self == 0x09 }
}
