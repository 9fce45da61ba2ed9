/// The one quote-aware scanner behind every stream parser and value check (SPEC §4–6).
///
/// It walks UTF-8 bytes once and cuts the input at `;` and at `:;:` that stand outside quoted
/// values. Quotes open only where a value starts (right after the first `=` of a segment and
/// any whitespace), so `it's` is an ordinary bare value. Because the token stream parser, the meteor
/// stream parser and ``ValueSyntax/canWriteBare(_:)`` all read text through this type, they
/// cannot disagree on where a value ends.
struct Splitter {
    /// One piece of input between separators, with what the scan learned about it.
    struct Segment {
        /// The bytes of the segment, separator excluded, untrimmed.
        var range: Range<Int>
        /// The first `=` of the segment.
        var equals: Int?
        /// The opening quote of the value, if it is quoted.
        var quoteStart: Int?
        /// The closing quote of the value.
        var quoteEnd: Int?
        /// The first non-space byte after the closing quote.
        var textAfterQuote: Int?
        /// The first line break in a bare value.
        var lineBreak: Int?
        /// Whether `:;:` ended the segment (rather than `;` or the end of input).
        var endsMeteor: Bool
    }

    private enum State {
        case key, valueStart, bare, doubleQuoted, singleQuoted, afterQuote
    }

    private var position = 0
    private var finished = false
    private let startState: State

    /// A splitter for streams: each segment starts with a key.
    init() { startState = .key }

    /// A splitter that starts inside a value, to check how a value alone would scan.
    init(startingInValue: Bool) { startState = startingInValue ? .valueStart : .key }

    /// The byte offset where the next segment starts.
    var offset: Int { position }

    /// Scans the next segment.
    ///
    /// - Parameters:
    ///   - bytes: The whole input; the same span on every call.
    ///   - segment: The 1-based number of the segment, for an unclosed-quote error.
    ///   - meteor: The 1-based meteor number, for an unclosed-quote error.
    /// - Returns: The segment, or nil at the end of input.
    /// - Throws: ``DiagnosticKind/unclosedQuote`` when a quoted value never closes.
    mutating func next(
        in bytes: borrowing Span<UInt8>, segment: Int? = nil, meteor: Int? = nil
    ) throws(MeteorError) -> Segment? {
        guard !finished else { return nil }
        let count = bytes.count
        var found = Segment(range: position..<position, endsMeteor: false)
        var state = startState
        var index = position
        while index < count {
            let byte = bytes[unchecked: index]
            switch state {
            case .key, .bare, .afterQuote:
                if byte == .semicolon {
                    found.range = position..<index
                    position = index + 1
                    return found
                }
                if byte == .colon, index + 2 < count, bytes[unchecked: index + 1] == .semicolon,
                    bytes[unchecked: index + 2] == .colon
                {
                    found.range = position..<index
                    found.endsMeteor = true
                    position = index + 3
                    return found
                }
                if state == .key {
                    if byte == .equals {
                        found.equals = index
                        state = .valueStart
                    }
                } else if state == .bare {
                    if found.lineBreak == nil, byte == .newline || byte == .carriageReturn {
                        found.lineBreak = index
                    }
                } else if found.textAfterQuote == nil, !byte.isStreamWhitespace {
                    found.textAfterQuote = index
                }
            case .valueStart:
                if byte.isStreamWhitespace { break }
                if byte == .doubleQuote || byte == .singleQuote {
                    found.quoteStart = index
                    state = byte == .doubleQuote ? .doubleQuoted : .singleQuoted
                } else {
                    state = .bare
                    continue
                }
            case .doubleQuoted:
                if byte == .backslash {
                    index += 1
                } else if byte == .doubleQuote {
                    found.quoteEnd = index
                    state = .afterQuote
                }
            case .singleQuoted:
                if byte == .singleQuote {
                    found.quoteEnd = index
                    state = .afterQuote
                }
            }
            index += 1
        }
        if state == .doubleQuoted || state == .singleQuoted, let start = found.quoteStart {
            let quote = bytes[start] == .doubleQuote ? "\"" : "'"
            throw MeteorError(
                .unclosedQuote, "the value opened with \(quote) never closes",
                at: .locate(in: bytes, offset: start, segment: segment, meteor: meteor),
                hint: quote == "\""
                    ? "end the value with a matching \"; write \\\" for a quote inside it"
                    : "end the value with a matching '; single-quoted values cannot contain '")
        }
        finished = true
        found.range = position..<count
        position = count
        // A trailing separator leaves nothing behind it; that is not a segment.
        if found.range.isEmpty, startState == .key { return nil }
        return found
    }
}
