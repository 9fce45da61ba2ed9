/// The line-by-line state of one document load: header, entries, then scratch notes.
struct DocumentReader {
    private enum Section { case header, entries, scratch }

    private let limits: Limits
    private let file: String
    private var parser: EntryLineParser
    private let scratchParser: TokenStreamParser
    private var section = Section.header
    private var entries: [Entry] = []
    private var scratch: [ScratchNote] = []
    private var seen: Set<Address> = []
    private var contexts: Set<Context> = []
    private var scratchNames: Set<String> = []

    private var lastContext: Context?

    /// Whether the reader rejects duplicate addresses itself; when false it records each
    /// entry's line instead, and the caller lets the engine find duplicates.
    private let checksDuplicates: Bool
    private var entryLines: [Int] = []

    init(limits: Limits, file: String, expectedLines: Int, checksDuplicates: Bool = true) {
        self.checksDuplicates = checksDuplicates
        self.limits = limits
        self.file = file
        parser = EntryLineParser(limits: limits)
        scratchParser = TokenStreamParser(limits: limits)
        // Growing a million-entry set and array by doubling costs more than the guess.
        entries.reserveCapacity(expectedLines)
        if checksDuplicates {
            seen.reserveCapacity(expectedLines)
        } else {
            entryLines.reserveCapacity(expectedLines)
        }
    }

    /// Reports bytes that are not UTF-8, at their line; the caller validates the whole file
    /// once, which is much cheaper than validating line by line.
    func invalidUTF8(_ line: Span<UInt8>, number: Int, offset: Int) -> MeteorError {
        located(
            .invalidUTF8, "the line is not valid UTF-8", line, number, offset: offset, length: 1,
            hint: "save the file as UTF-8")
    }

    /// Reads one line of valid UTF-8, without its line break.
    mutating func read(_ line: Span<UInt8>, number: Int) throws(MeteorError) {
        var first = 0
        while first < line.count, line[first].isBlank { first += 1 }
        var last = line.count
        while last > first, line[last - 1].isBlank { last -= 1 }
        let isComment = first < line.count && line[first] == .numberSign
        switch section {
        case .header:
            let text = Self.text(line, first..<last)
            guard text == DocumentCodec.header else {
                let hint =
                    text.hasPrefix("# meteor v")
                    ? "this version reads `\(DocumentCodec.header)` documents only"
                    : "a document starts with the line `\(DocumentCodec.header)`"
                throw located(
                    .invalidDocument, "not a meteor v1 document", line, number, offset: first,
                    length: max(1, last - first), hint: hint)
            }
            section = .entries
        case .entries, .scratch:
            if first == last { return }
            if isComment {
                if section == .entries, Self.text(line, first..<last) == DocumentCodec.scratchMarker
                {
                    section = .scratch
                }
                return
            }
            if section == .entries {
                try readEntry(line, number)
            } else {
                try readScratch(line, first..<last, number)
            }
        }
    }

    /// The contents once every line was read.
    func finish() throws(MeteorError) -> DocumentContents {
        var contents = DocumentContents(entries: entries, scratch: scratch)
        contents.entryLines = entryLines
        return contents
    }

    // MARK: - Lines

    private mutating func readEntry(_ line: Span<UInt8>, _ number: Int) throws(MeteorError) {
        let entry: Entry
        do {
            entry = try parser.parse(line)
        } catch {
            throw relocate(error, number)
        }
        let address = entry.address
        let context = address.context
        if !checksDuplicates {
            entryLines.append(number)
        } else if !seen.insert(address).inserted {
            throw located(
                .invalidDocument, "`\(address)` appears twice in the document", line, number,
                offset: 0, length: line.count, hint: "keep one line per address")
        }
        if context != lastContext, contexts.insert(context).inserted,
            contexts.count > limits.contexts
        {
            throw limits.exceeded(
                .contexts, actual: contexts.count, what: "the number of contexts",
                at: location(line, number, offset: 0, length: context.name.utf8.count))
        }
        lastContext = context
        entries.append(entry)
    }

    private mutating func readScratch(_ line: Span<UInt8>, _ content: Range<Int>, _ number: Int)
        throws(MeteorError)
    {
        var equals = content.lowerBound
        while equals < content.upperBound, line[equals] != .equalsSign { equals += 1 }
        guard equals < content.upperBound else {
            throw located(
                .missingEquals, "a scratch line is `name=value`", line, number,
                offset: content.lowerBound, length: content.count)
        }
        let name = Self.text(line, content.lowerBound..<equals)
        if let problem = ScratchNote.problem(with: name) {
            throw located(
                .invalidDocument, problem, line, number, offset: content.lowerBound,
                length: max(1, equals - content.lowerBound))
        }
        guard scratchNames.insert(name).inserted else {
            throw located(
                .invalidDocument, "scratch slot `\(name)` appears twice", line, number,
                offset: content.lowerBound, length: equals - content.lowerBound)
        }
        // The value is read by the token parser, through a stand-in key `v`, so scratch text
        // follows exactly the value grammar of SPEC §4.
        var synthetic: [UInt8] = [UInt8(ascii: "v")]
        for index in equals..<content.upperBound { synthetic.append(line[index]) }
        let parsed: ParsedStream
        do {
            parsed = try scratchParser.parse(synthetic.span)
        } catch {
            let shift = Self.text(line, 0..<equals).count - 1
            var moved = relocate(error, number)
            moved.diagnostic.location?.column += shift
            moved.diagnostic.location?.lineText = Self.text(line, 0..<line.count)
            throw moved
        }
        guard parsed.operations.count == 1, case .store(let token) = parsed.operations[0] else {
            throw located(
                .invalidDocument, "a scratch line holds exactly one `name=value`", line, number,
                offset: content.lowerBound, length: content.count)
        }
        scratch.append(ScratchNote(name, token.value))
    }

    // MARK: - Diagnostics

    private func relocate(_ error: MeteorError, _ number: Int) -> MeteorError {
        var moved = error
        if var location = moved.diagnostic.location {
            location.file = file
            location.line = number
            location.segment = nil
            location.meteor = nil
            moved.diagnostic.location = location
        } else {
            moved.diagnostic.location = SourceLocation(file: file, line: number, column: 1)
        }
        return moved
    }

    private func location(_ line: Span<UInt8>, _ number: Int, offset: Int, length: Int)
        -> SourceLocation
    {
        let end = min(line.count, offset + length)
        return SourceLocation(
            file: file, line: number, column: Self.text(line, 0..<offset).count + 1,
            length: Self.text(line, offset..<max(offset, end)).count,
            lineText: Self.text(line, 0..<line.count))
    }

    private func located(
        _ kind: DiagnosticKind, _ message: String, _ line: Span<UInt8>, _ number: Int,
        offset: Int, length: Int, hint: String? = nil
    ) -> MeteorError {
        MeteorError(
            kind, message, at: location(line, number, offset: offset, length: length), hint: hint)
    }

    private static func text(_ line: Span<UInt8>, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return line.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }
}
