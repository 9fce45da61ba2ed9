/// Parses single fully qualified entries, `ctx:ns:key=value`: the lines of a `.meteor`
/// document (SPEC §11).
///
/// It reads through the same ``Splitter`` and segment grammar as the stream parsers, so a
/// line is accepted exactly when the meteor stream parser would accept it as one token. It
/// remembers the context and namespace of the previous line: documents list a namespace's
/// entries together, so most lines reuse validated names instead of building them again.
public struct EntryLineParser: Sendable {
    /// The limits enforced on names, keys and values.
    public let limits: Limits
    private var lastContextBytes: [UInt8] = []
    private var lastNamespaceBytes: [UInt8] = []
    private var lastContext: Context?
    private var lastNamespace: Namespace?

    /// Creates a parser.
    ///
    /// - Parameter limits: The limits to enforce; the build's profile by default.
    public init(limits: Limits = .active) {
        self.limits = limits
    }

    /// Parses one entry line, without its line break.
    ///
    /// - Parameter line: The line's bytes, valid UTF-8.
    /// - Returns: The entry.
    /// - Throws: Any name, key or value error, located by column in the line;
    ///   ``DiagnosticKind/invalidDocument`` when the line is not exactly one fully qualified
    ///   token.
    public mutating func parse(_ line: borrowing Span<UInt8>) throws(MeteorError) -> Entry {
        var splitter = Splitter()
        guard let segment = try splitter.next(in: line, segment: nil) else {
            throw notOneEntry(line, offset: 0)
        }
        // Anything after the token (`;`, `:;:`, a second token) means more than one segment.
        if segment.endsMeteor || segment.range.upperBound < line.count {
            throw notOneEntry(line, offset: segment.range.upperBound)
        }
        let trimmed = line.trimmed(segment.range)
        guard !trimmed.isEmpty else { throw notOneEntry(line, offset: 0) }
        let reader = SegmentReader(limits: limits)
        let assignment = try reader.read(line, segment, trimmed: trimmed, number: 0)
        if assignment.parts.count == 2, line.equals(assignment.parts[0], "ctl") {
            throw MeteorError(
                .invalidDocument, "control commands cannot appear in a document",
                at: .locate(
                    in: line, offset: assignment.prefix.lowerBound,
                    byteLength: assignment.prefix.count),
                hint: "a document holds only `ctx:ns:key=value` entries")
        }
        guard assignment.parts.count == 3 else {
            throw MeteorError(
                .notFullyQualified,
                "a document line needs its full address, `ctx:ns:key=value`",
                at: .locate(
                    in: line, offset: assignment.prefix.lowerBound,
                    byteLength: assignment.prefix.count),
                hint: "write e.g. `app:main:\(line.string(assignment.prefix))=…`")
        }
        let context = try context(line, assignment.parts[0])
        let namespace = try namespace(line, assignment.parts[1])
        let key = try KeyParser.parse(line, assignment.parts[2], limits: limits, segment: nil)
        return Entry(Address(context, namespace, key), assignment.value.text)
    }

    private mutating func context(_ line: borrowing Span<UInt8>, _ range: Range<Int>)
        throws(MeteorError) -> Context
    {
        if let lastContext, line.equals(range, lastContextBytes) { return lastContext }
        let context = try Context.validate(line, range, limits: limits, segment: nil)
        lastContext = context
        lastContextBytes = Array(context.name.utf8)
        return context
    }

    private mutating func namespace(_ line: borrowing Span<UInt8>, _ range: Range<Int>)
        throws(MeteorError) -> Namespace
    {
        if let lastNamespace, line.equals(range, lastNamespaceBytes) { return lastNamespace }
        let namespace = try Namespace.validate(line, range, limits: limits, segment: nil)
        lastNamespace = namespace
        lastNamespaceBytes = Array(namespace.name.utf8)
        return namespace
    }

    private func notOneEntry(_ line: borrowing Span<UInt8>, offset: Int) -> MeteorError {
        MeteorError(
            .invalidDocument, "a document line holds exactly one `ctx:ns:key=value` entry",
            at: .locate(in: line, offset: offset, byteLength: max(1, line.count - offset)),
            hint: "put each entry on its own line; quote values that contain `;` or `:;:`")
    }
}
