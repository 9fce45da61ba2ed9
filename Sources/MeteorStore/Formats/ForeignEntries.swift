/// Collects the entries of one foreign file, checking what every input path checks beyond
/// names: no append keys, no address twice, the profile's value length and context count.
struct ForeignEntries {
    private let source: ForeignSource
    private let limits: Limits
    /// The entries in file order.
    private(set) var entries: [Entry] = []
    private var firstOffsets: [Address: Int] = [:]
    private var contexts: Set<Context> = []

    init(source: ForeignSource, limits: Limits) {
        self.source = source
        self.limits = limits
    }

    /// Adds one entry.
    ///
    /// - Parameters:
    ///   - address: The validated address.
    ///   - value: The value.
    ///   - keyAt: The byte range of the key's text in the file.
    ///   - valueAt: The byte range of the value's text in the file.
    /// - Throws: ``DiagnosticKind/invalidKey`` for an append key,
    ///   ``DiagnosticKind/invalidDocument`` for a repeated address, or
    ///   ``DiagnosticKind/limitExceeded``.
    mutating func add(
        _ address: Address, _ value: String, keyAt: Range<Int>, valueAt: Range<Int>
    ) throws(MeteorError) {
        if address.key.isAppend {
            throw source.error(
                .invalidKey,
                "`\(address.key.bracket)` appends; an imported file names exact keys",
                offset: keyAt.lowerBound, length: keyAt.count,
                hint: "write the index, e.g. `\(address.key.appendBase ?? "list")[0]`")
        }
        if let first = firstOffsets[address] {
            let line = source.location(offset: first).line
            throw source.error(
                .invalidDocument, "`\(address)` appears twice (first on line \(line))",
                offset: keyAt.lowerBound, length: keyAt.count,
                hint: "keep one value per key; `list[0]` and `list__i_0` are the same key")
        }
        if value.utf8.count > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: value.utf8.count, what: "the value length of `\(address)`",
                at: source.location(offset: valueAt.lowerBound, length: valueAt.count))
        }
        if contexts.insert(address.context).inserted, contexts.count > limits.contexts {
            throw limits.exceeded(
                .contexts, actual: contexts.count, what: "the number of contexts",
                at: source.location(offset: keyAt.lowerBound, length: keyAt.count))
        }
        firstOffsets[address] = keyAt.lowerBound
        entries.append(Entry(address, value))
    }
}
