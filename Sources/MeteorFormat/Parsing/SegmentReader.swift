/// Reads one non-empty segment into its address parts and value.
///
/// This is the grammar both stream parsers share (SPEC §5–6); what the parts mean is up to
/// each parser.
struct SegmentReader {
    /// A segment read into parts.
    struct Assignment {
        /// The `:`-separated parts before `=`, trimmed.
        var parts: ColonParts
        /// The trimmed text before `=`.
        var prefix: Range<Int>
        /// The value.
        var value: ValueSyntax.Decoded
    }

    let limits: Limits

    /// Reads a trimmed, non-empty segment.
    func read(
        _ bytes: borrowing Span<UInt8>, _ segment: Splitter.Segment, trimmed: Range<Int>,
        number: Int, meteor: Int? = nil
    ) throws(MeteorError) -> Assignment {
        guard let equals = segment.equals else {
            throw MeteorError(
                .missingEquals, "`\(bytes.string(trimmed))` is not `key=value`: it has no `=`",
                at: .locate(
                    in: bytes, offset: trimmed.lowerBound, byteLength: trimmed.count,
                    segment: number, meteor: meteor),
                hint: "write `key=value`; separate tokens with `;`")
        }
        let prefix = bytes.trimmed(trimmed.lowerBound..<equals)
        let parts = ColonParts(bytes, prefix)
        if let extra = parts.extraColon {
            throw MeteorError(
                .tooManyParts, "an address prefix has at most three parts, `CTX:NS:KEY`",
                at: .locate(
                    in: bytes, offset: extra, byteLength: prefix.upperBound - extra,
                    segment: number, meteor: meteor),
                hint: "keys cannot contain `:`; quote the value if it holds `:`")
        }
        let value = try ValueSyntax.decode(
            bytes, segment, limits: limits, number: number, meteor: meteor)
        return Assignment(parts: parts, prefix: prefix, value: value)
    }

    /// Parses a `ctl:` command from its name and value.
    func control(
        _ bytes: borrowing Span<UInt8>, _ assignment: Assignment, number: Int, meteor: Int? = nil
    ) throws(MeteorError) -> ControlCommand {
        let name = assignment.parts[1]
        let value = assignment.value
        if bytes.equals(name, "delete") {
            if value.quoted {
                do {
                    return .delete(try MeteorPath.parse(value.text, limits: limits))
                } catch {
                    throw error.relocated(
                        to: .locate(
                            in: bytes, offset: value.range.lowerBound,
                            byteLength: value.range.count, segment: number, meteor: meteor))
                }
            }
            return .delete(
                try MeteorPath.parse(
                    bytes, value.range, limits: limits, segment: number, meteor: meteor))
        }
        if bytes.equals(name, "reset") {
            guard let target = ResetTarget(rawValue: value.text) else {
                throw MeteorError(
                    .invalidResetTarget, "`ctl:reset` cannot reset `\(value.text)`",
                    at: .locate(
                        in: bytes, offset: value.range.lowerBound,
                        byteLength: value.range.count, segment: number, meteor: meteor),
                    hint: "use ctl:reset=cursor, ctl:reset=storage or ctl:reset=all")
            }
            return .reset(target)
        }
        throw MeteorError(
            .unknownControlCommand, "`ctl:\(bytes.string(name))` is not a control command",
            at: .locate(
                in: bytes, offset: name.lowerBound, byteLength: name.count, segment: number,
                meteor: meteor),
            hint: "control commands are ctl:delete=PATH and ctl:reset=cursor|storage|all")
    }

    /// Validates a namespace written as a value (`ns=NAME`) or a prefix part.
    func namespace(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, quotedText: String?, number: Int,
        meteor: Int? = nil
    ) throws(MeteorError) -> Namespace {
        guard let quotedText else {
            return try Namespace.validate(bytes, range, limits: limits, segment: number)
        }
        do {
            return try Namespace(validating: quotedText, limits: limits)
        } catch {
            throw error.relocated(
                to: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: range.count,
                    segment: number, meteor: meteor))
        }
    }

    /// Validates a context written as a value (`ctx=NAME`) or a prefix part.
    func context(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, quotedText: String?, number: Int,
        meteor: Int? = nil
    ) throws(MeteorError) -> Context {
        guard let quotedText else {
            return try Context.validate(bytes, range, limits: limits, segment: number)
        }
        do {
            return try Context(validating: quotedText, limits: limits)
        } catch {
            throw error.relocated(
                to: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: range.count,
                    segment: number, meteor: meteor))
        }
    }

    /// The error for a stream with more items than the profile allows.
    func tooManyItems(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, count: Int, what: String,
        number: Int, meteor: Int? = nil
    ) -> MeteorError {
        limits.exceeded(
            .streamItems, actual: count, what: "the number of \(what) in this stream",
            at: .locate(
                in: bytes, offset: range.lowerBound, byteLength: range.count, segment: number,
                meteor: meteor))
    }
}
