/// Parses meteor streams such as `app:ui:a=1;b=2 :;: user:main:c=3` (SPEC §6).
///
/// Meteors are separated by `:;:` outside quotes; inside a meteor, tokens are separated by `;`.
/// The first token of a meteor is fully qualified (`CTX:NS:KEY=VALUE`); later `KEY=VALUE`
/// tokens inherit its address. `ns=` and `ctx=` are errors, and the cursor never moves. Every
/// store operation in the result carries its full address.
public struct MeteorStreamParser: Sendable {
    /// The limits enforced on names, keys, values and the number of meteors.
    public var limits: Limits

    /// Creates a parser.
    ///
    /// - Parameter limits: The limits to enforce; the build's profile by default.
    public init(limits: Limits = .active) {
        self.limits = limits
    }

    /// Parses a meteor stream.
    ///
    /// - Parameter text: The stream.
    /// - Returns: The operations in stream order, and any warnings.
    /// - Throws: The first error found; nothing of the stream is returned then.
    public func parse(_ text: String) throws(MeteorError) -> ParsedStream {
        try parse(text.utf8Span.span)
    }

    /// Parses a meteor stream given as UTF-8 bytes.
    ///
    /// - Parameter bytes: The stream's bytes, valid UTF-8.
    /// - Returns: The operations in stream order, and any warnings.
    /// - Throws: The first error found.
    public func parse(_ bytes: borrowing Span<UInt8>) throws(MeteorError) -> ParsedStream {
        var result = ParsedStream()
        var warned: Set<String> = []
        let reader = SegmentReader(limits: limits)
        var splitter = Splitter()
        var meteor = 1
        var number = 0
        var meteors = 0
        var tokensInMeteor = 0
        var current: (Context, Namespace)?
        while let segment = try splitter.next(in: bytes, segment: number + 1, meteor: meteor) {
            number += 1
            let trimmed = bytes.trimmed(segment.range)
            if !trimmed.isEmpty {
                if tokensInMeteor == 0 {
                    meteors += 1
                    if meteors > limits.streamItems {
                        throw reader.tooManyItems(
                            bytes, trimmed, count: meteors, what: "meteors", number: number,
                            meteor: meteor)
                    }
                }
                tokensInMeteor += 1
                if tokensInMeteor > limits.streamItems {
                    throw reader.tooManyItems(
                        bytes, trimmed, count: tokensInMeteor, what: "tokens of one meteor",
                        number: number, meteor: meteor)
                }
                do {
                    let assignment = try reader.read(
                        bytes, segment, trimmed: trimmed, number: number, meteor: meteor)
                    let operation = try operation(
                        for: assignment, bytes, reader: reader, current: &current,
                        number: number)
                    // Kept inline on purpose: sharing this step with the other stream parser through a
                    // helper measured about 10% slower on parse.*_stream.100k.
                    if let namespace = operation.namespace,
                        namespace.depth >= limits.namespaceWarningDepth,
                        warned.insert(namespace.name).inserted,
                        let warning = namespace.depthWarning(
                            limits: limits,
                            at: .locate(
                                in: bytes, offset: trimmed.lowerBound,
                                byteLength: trimmed.count, segment: number, meteor: meteor))
                    {
                        result.warnings.append(warning)
                    }
                    result.operations.append(operation)
                } catch {
                    var located = error
                    located.diagnostic.location?.meteor = meteor
                    throw located
                }
            }
            if segment.endsMeteor {
                meteor += 1
                number = 0
                tokensInMeteor = 0
                current = nil
            }
        }
        return result
    }

    private func operation(
        for assignment: SegmentReader.Assignment, _ bytes: borrowing Span<UInt8>,
        reader: SegmentReader, current: inout (Context, Namespace)?, number: Int
    ) throws(MeteorError) -> StreamOperation {
        let parts = assignment.parts
        let value = assignment.value
        switch parts.count {
        case 1:
            if bytes.equals(parts[0], "ns") || bytes.equals(parts[0], "ctx") {
                throw MeteorError(
                    .controlTokenInMeteorStream,
                    "`\(bytes.string(parts[0]))=` moves the cursor, which meteor streams never do",
                    at: .locate(
                        in: bytes, offset: parts[0].lowerBound, byteLength: parts[0].count,
                        segment: number),
                    hint: "start the meteor with its address instead, e.g. `app:ui:key=value`")
            }
            let key = try KeyParser.parse(bytes, parts[0], limits: limits, segment: number)
            guard let (context, namespace) = current else {
                throw notFullyQualified(bytes, assignment.prefix, number: number)
            }
            return .store(Token(scope: .address(context, namespace), key: key, value: value.text))
        case 2:
            if bytes.equals(parts[0], "ctl") {
                return .control(try reader.control(bytes, assignment, number: number))
            }
            throw notFullyQualified(bytes, assignment.prefix, number: number)
        default:
            let context = try Context.validate(bytes, parts[0], limits: limits, segment: number)
            let namespace = try Namespace.validate(
                bytes, parts[1], limits: limits, segment: number)
            let key = try KeyParser.parse(bytes, parts[2], limits: limits, segment: number)
            if current == nil { current = (context, namespace) }
            return .store(
                Token(scope: .address(context, namespace), key: key, value: value.text))
        }
    }

    private func notFullyQualified(
        _ bytes: borrowing Span<UInt8>, _ prefix: Range<Int>, number: Int
    ) -> MeteorError {
        MeteorError(
            .notFullyQualified,
            "`\(bytes.string(prefix))` needs its full address: a meteor starts with "
                + "`CTX:NS:KEY=VALUE`",
            at: .locate(
                in: bytes, offset: prefix.lowerBound, byteLength: prefix.count, segment: number),
            hint: "write e.g. `app:main:\(bytes.string(prefix))=…`, or parse the text as a "
                + "token stream")
    }
}
