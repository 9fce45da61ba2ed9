/// Reads one line of an `.env` file (see ``EnvFileFormat``), without its line break.
struct EnvLineReader {
    let source: ForeignSource
    var position: Int
    let end: Int

    private var bytes: [UInt8] { source.bytes }

    /// The key's byte range, the value and the value's byte range; nil for a blank or comment
    /// line.
    mutating func read() throws(MeteorError) -> (Range<Int>, String, Range<Int>)? {
        skipBlanks()
        guard position < end, bytes[position] != UInt8(ascii: "#") else { return nil }
        let export = Array("export".utf8)
        if end - position > export.count,
            Array(bytes[position..<position + export.count]) == export,
            bytes[position + export.count].isBlank
        {
            position += export.count
            skipBlanks()
        }
        let keyStart = position
        while position < end, bytes[position] != UInt8(ascii: "="), !bytes[position].isBlank {
            position += 1
        }
        let keyRange = keyStart..<position
        skipBlanks()
        guard position < end, bytes[position] == UInt8(ascii: "=") else {
            let found = position < end
            throw source.error(
                .missingEquals,
                found ? "expected `=` after the key" : "the line has no `=`",
                offset: found ? position : keyStart,
                length: found ? 1 : max(1, keyRange.count),
                hint: "write KEY=VALUE")
        }
        position += 1
        let afterEquals = position
        skipBlanks()
        let valueStart = position
        let value: String
        switch position < end ? bytes[position] : nil {
        case UInt8(ascii: "\""):
            value = try doubleQuoted()
            try expectEnd()
        case UInt8(ascii: "'"):
            value = try singleQuoted()
            try expectEnd()
        default:
            var stop = position
            while stop < end {
                // `#` starts a comment only after a blank, so `a=#1` keeps its `#`.
                if bytes[stop] == UInt8(ascii: "#"), stop > afterEquals, bytes[stop - 1].isBlank {
                    break
                }
                stop += 1
            }
            var last = stop
            while last > valueStart, bytes[last - 1].isBlank { last -= 1 }
            value = String(decoding: bytes[valueStart..<last], as: UTF8.self)
            position = end
            return (keyRange, value, valueStart..<max(last, valueStart + 1))
        }
        return (keyRange, value, valueStart..<position)
    }

    private mutating func doubleQuoted() throws(MeteorError) -> String {
        let open = position
        position += 1
        var out: [UInt8] = []
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte == 0x5C {
                guard position + 1 < end else { break }
                let escaped = bytes[position + 1]
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "\""), 0x5C: out.append(escaped)
                default:
                    throw source.error(
                        .invalidEscape,
                        "`\\\(String(decoding: [escaped], as: UTF8.self))` is not an escape here",
                        offset: position, length: 2,
                        hint: "double quotes know \\n \\r \\t \\\" and \\\\; "
                            + "use single quotes for raw text")
                }
                position += 2
            } else {
                out.append(byte)
                position += 1
            }
        }
        throw source.error(
            .unclosedQuote, "the quoted value never closes on this line", offset: open,
            hint: "end the value with a matching \"; write line breaks as \\n")
    }

    private mutating func singleQuoted() throws(MeteorError) -> String {
        let open = position
        position += 1
        let start = position
        while position < end, bytes[position] != 0x27 { position += 1 }
        guard position < end else {
            throw source.error(
                .unclosedQuote, "the quoted value never closes on this line", offset: open,
                hint: "end the value with a matching '; single quotes cannot hold '")
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        position += 1
        return text
    }

    /// After a closing quote only blanks and a comment may follow.
    private mutating func expectEnd() throws(MeteorError) {
        let closed = position
        skipBlanks()
        guard position < end else { return }
        if bytes[position] == UInt8(ascii: "#"), position > closed { return }
        throw source.error(
            .textAfterQuote, "text follows the closing quote", offset: position,
            length: end - position, hint: "put the whole value inside the quotes")
    }

    private mutating func skipBlanks() {
        while position < end, bytes[position].isBlank { position += 1 }
    }
}
