/// Parses token streams such as `button=click; ns=ui; theme=dark` (SPEC §5).
///
/// The whole stream is validated before anything is returned: the result is either every
/// operation, in stream order, or one error naming the segment, the column and the reason.
///
/// ```swift
/// let parsed = try TokenStreamParser().parse("button=click; ns=ui; theme=dark")
/// parsed.operations.count  // 3: store, setNamespace, store
/// ```
public struct TokenStreamParser: Sendable {
    /// The limits enforced on names, keys, values and the number of tokens.
    public var limits: Limits

    /// Creates a parser.
    ///
    /// - Parameter limits: The limits to enforce; the build's profile by default.
    public init(limits: Limits = .active) {
        self.limits = limits
    }

    /// Parses a token stream.
    ///
    /// - Parameter text: The stream.
    /// - Returns: The operations in stream order, and any warnings.
    /// - Throws: The first error found; nothing of the stream is returned then.
    public func parse(_ text: String) throws(MeteorError) -> ParsedStream {
        try parse(text.utf8Span.span)
    }

    /// Parses a token stream given as UTF-8 bytes.
    ///
    /// - Parameter bytes: The stream's bytes, valid UTF-8.
    /// - Returns: The operations in stream order, and any warnings.
    /// - Throws: The first error found.
    public func parse(_ bytes: borrowing Span<UInt8>) throws(MeteorError) -> ParsedStream {
        var result = ParsedStream()
        var warned: Set<String> = []
        let reader = SegmentReader(limits: limits)
        var splitter = Splitter()
        var number = 0
        var items = 0
        while let segment = try splitter.next(in: bytes, segment: number + 1) {
            number += 1
            if segment.endsMeteor {
                throw MeteorError(
                    .meteorSeparatorInTokenStream, "`:;:` separates meteors, not tokens",
                    at: .locate(
                        in: bytes, offset: segment.range.upperBound, byteLength: 3,
                        segment: number),
                    hint: "parse this text as a meteor stream, or separate tokens with `;`")
            }
            let trimmed = bytes.trimmed(segment.range)
            if trimmed.isEmpty { continue }
            items += 1
            if items > limits.streamItems {
                throw reader.tooManyItems(
                    bytes, trimmed, count: items, what: "tokens", number: number)
            }
            let assignment = try reader.read(bytes, segment, trimmed: trimmed, number: number)
            let operation = try operation(
                for: assignment, bytes, reader: reader, number: number)
            // Kept inline on purpose: sharing this step with the other stream parser through a
            // helper measured about 10% slower on parse.*_stream.100k.
            if let namespace = operation.namespace, namespace.depth >= limits.namespaceWarningDepth,
                warned.insert(namespace.name).inserted,
                let warning = namespace.depthWarning(
                    limits: limits,
                    at: .locate(
                        in: bytes, offset: trimmed.lowerBound, byteLength: trimmed.count,
                        segment: number))
            {
                result.warnings.append(warning)
            }
            result.operations.append(operation)
        }
        return result
    }

    private func operation(
        for assignment: SegmentReader.Assignment, _ bytes: borrowing Span<UInt8>,
        reader: SegmentReader, number: Int
    ) throws(MeteorError) -> StreamOperation {
        let parts = assignment.parts
        let value = assignment.value
        let quotedText = value.quoted ? value.text : nil
        switch parts.count {
        case 1:
            if bytes.equals(parts[0], "ns") {
                return .setNamespace(
                    try reader.namespace(bytes, value.range, quotedText: quotedText, number: number)
                )
            }
            if bytes.equals(parts[0], "ctx") {
                if value.text.isEmpty {
                    throw MeteorError(
                        .emptyContext, "`ctx=` needs a context name",
                        at: .locate(in: bytes, offset: value.range.lowerBound, segment: number),
                        hint: "write e.g. `ctx=user`")
                }
                return .setContext(
                    try reader.context(bytes, value.range, quotedText: quotedText, number: number))
            }
            let key = try KeyParser.parse(bytes, parts[0], limits: limits, segment: number)
            return .store(Token(scope: .cursor, key: key, value: value.text))
        case 2:
            if bytes.equals(parts[0], "ctl") {
                return .control(try reader.control(bytes, assignment, number: number))
            }
            let namespace = try Namespace.validate(
                bytes, parts[0], limits: limits, segment: number)
            let key = try KeyParser.parse(bytes, parts[1], limits: limits, segment: number)
            return .store(Token(scope: .namespace(namespace), key: key, value: value.text))
        default:
            let context = try Context.validate(bytes, parts[0], limits: limits, segment: number)
            let namespace = try Namespace.validate(
                bytes, parts[1], limits: limits, segment: number)
            let key = try KeyParser.parse(bytes, parts[2], limits: limits, segment: number)
            return .store(
                Token(scope: .address(context, namespace), key: key, value: value.text))
        }
    }
}

extension StreamOperation {
    /// The namespace an operation writes or moves to, for depth warnings.
    var namespace: Namespace? {
        switch self {
        case .setNamespace(let namespace): namespace
        case .store(let token):
            switch token.scope {
            case .cursor: nil
            case .namespace(let namespace), .address(_, let namespace): namespace
            }
        case .setContext, .control: nil
        }
    }
}
