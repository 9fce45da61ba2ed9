/// A small byte-level JSON reader (RFC 8259) that keeps object members in file order and
/// reports errors at `file:line:column`.
///
/// Foundation's `JSONSerialization` returns dictionaries, which lose member order; the
/// foreign formats need that order because it becomes the entries' insertion order.
struct JSONReader {
    /// How deeply arrays and objects may nest before the file is refused, so hostile input
    /// cannot exhaust the stack.
    static let maximumDepth = 512

    private let source: ForeignSource
    private var position: Int
    private var depth = 0

    private init(_ source: ForeignSource) {
        self.source = source
        position = source.contentStart
    }

    /// Reads a whole file holding one JSON value.
    ///
    /// - Parameter source: The file.
    /// - Returns: The value.
    /// - Throws: ``DiagnosticKind/invalidUTF8``, ``DiagnosticKind/unclosedQuote``,
    ///   ``DiagnosticKind/invalidEscape`` or ``DiagnosticKind/invalidDocument``, located.
    static func parse(_ source: ForeignSource) throws(MeteorError) -> JSONNode {
        try source.validateUTF8()
        var reader = JSONReader(source)
        reader.skipWhitespace()
        guard reader.position < source.bytes.count else {
            throw source.error(
                .invalidDocument, "the file is empty; expected a JSON object",
                offset: reader.position, hint: "an empty import is written `{}`")
        }
        let node = try reader.value()
        reader.skipWhitespace()
        if reader.position < source.bytes.count {
            throw source.error(
                .invalidDocument, "unexpected text after the JSON value",
                offset: reader.position, hint: "a file holds exactly one JSON value")
        }
        return node
    }

    // MARK: - Values

    private mutating func value() throws(MeteorError) -> JSONNode {
        let start = position
        guard let byte = peek else { throw unexpectedEnd("a value") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""):
            let (text, _) = try string()
            return JSONNode(kind: .string(text), offset: start, length: position - start)
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw unexpected("a value (an object, array, string, number, true, false or null)")
        }
    }

    private mutating func object() throws(MeteorError) -> JSONNode {
        let start = position
        try enter()
        position += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return JSONNode(kind: .object([]), offset: start, length: position - start)
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else {
                throw peek == nil ? unexpectedEnd("a member name") : unexpected("a member name")
            }
            let nameOffset = position
            let (name, verbatim) = try string()
            let nameLength = position - nameOffset
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else {
                throw peek == nil ? unexpectedEnd("`:`") : unexpected("`:` after the member name")
            }
            position += 1
            skipWhitespace()
            let value = try value()
            members.append(
                JSONMember(
                    name: name, nameOffset: nameOffset, nameLength: nameLength,
                    nameIsVerbatim: verbatim, value: value))
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return JSONNode(kind: .object(members), offset: start, length: position - start)
            case nil: throw unexpectedEnd("`,` or `}`")
            default: throw unexpected("`,` or `}`")
            }
        }
    }

    private mutating func array() throws(MeteorError) -> JSONNode {
        let start = position
        try enter()
        position += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return JSONNode(kind: .array([]), offset: start, length: position - start)
        }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return JSONNode(kind: .array(items), offset: start, length: position - start)
            case nil: throw unexpectedEnd("`,` or `]`")
            default: throw unexpected("`,` or `]`")
            }
        }
    }

    private mutating func literal(_ word: String, _ kind: JSONNode.Kind) throws(MeteorError)
        -> JSONNode
    {
        let start = position
        for expected in word.utf8 {
            guard peek == expected else { throw unexpected("`\(word)`") }
            position += 1
        }
        return JSONNode(kind: kind, offset: start, length: word.utf8.count)
    }

    private mutating func number() throws(MeteorError) -> JSONNode {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        if peek == UInt8(ascii: "0") {
            position += 1
            if peek?.isDigit == true {
                throw source.error(
                    .invalidDocument, "a JSON number cannot start with 0 followed by digits",
                    offset: start, length: position + 1 - start,
                    hint: "drop the leading zero, or quote the number to keep it as text")
            }
        } else {
            try digits()
        }
        if peek == UInt8(ascii: ".") {
            position += 1
            try digits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            try digits()
        }
        let text = String(decoding: source.bytes[start..<position], as: UTF8.self)
        return JSONNode(kind: .number(text), offset: start, length: position - start)
    }

    private mutating func digits() throws(MeteorError) {
        guard let byte = peek, byte.isDigit else { throw unexpected("a digit") }
        while let byte = peek, byte.isDigit { position += 1 }
    }

    // MARK: - Strings

    /// Reads a string at the opening quote.
    ///
    /// - Returns: The unescaped text, and whether it had no escapes.
    private mutating func string() throws(MeteorError) -> (String, Bool) {
        let open = position
        position += 1
        let bytes = source.bytes
        var run = position
        var decoded: [UInt8] = []
        var verbatim = true
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let text: String
                if verbatim {
                    text = String(decoding: bytes[run..<position], as: UTF8.self)
                } else {
                    decoded.append(contentsOf: bytes[run..<position])
                    text = String(decoding: decoded, as: UTF8.self)
                }
                position += 1
                return (text, verbatim)
            case UInt8(ascii: "\\"):
                verbatim = false
                decoded.append(contentsOf: bytes[run..<position])
                try escape(into: &decoded)
                run = position
            case 0..<0x20:
                throw source.error(
                    .invalidDocument,
                    "a JSON string cannot hold a raw control character (U+"
                        + hex(UInt32(byte)) + ")",
                    offset: position,
                    hint: byte == 0x0A
                        ? "the string never closes on this line, or write the line break as \\n"
                        : "write it as an escape such as \\t or \\u00\(hex(UInt32(byte)).suffix(2))"
                )
            default:
                position += 1
            }
        }
        throw source.error(
            .unclosedQuote, "the string never closes", offset: open,
            hint: "end the string with a matching \"")
    }

    /// Reads one escape at the backslash, appending its UTF-8 bytes.
    private mutating func escape(into decoded: inout [UInt8]) throws(MeteorError) {
        let start = position
        position += 1
        guard let byte = peek else { throw unexpectedEnd("an escape") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad(escapeStart: start)
            if (0xD800...0xDBFF).contains(scalar) {
                guard peek == UInt8(ascii: "\\"), position + 1 < source.bytes.count,
                    source.bytes[position + 1] == UInt8(ascii: "u")
                else { throw loneSurrogate(start) }
                position += 2
                let low = try hexQuad(escapeStart: start)
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(start) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw loneSurrogate(start)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw loneSurrogate(start) }
            decoded.append(contentsOf: String(Character(unicode)).utf8)
        default:
            throw source.error(
                .invalidEscape, "`\\\(Character(Unicode.Scalar(byte)))` is not a JSON escape",
                offset: start, length: 2,
                hint: "JSON escapes are \\\" \\\\ \\/ \\n \\r \\t \\b \\f and \\uXXXX")
        }
    }

    private mutating func hexQuad(escapeStart: Int) throws(MeteorError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = byte.hexDigitValue else {
                throw source.error(
                    .invalidEscape, "`\\u` needs four hexadecimal digits", offset: escapeStart,
                    length: min(6, source.bytes.count - escapeStart),
                    hint: "write e.g. \\u00E9 for é, or the character itself")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func loneSurrogate(_ start: Int) -> MeteorError {
        source.error(
            .invalidEscape, "a UTF-16 surrogate escape must come as a high-low pair",
            offset: start, length: min(6, source.bytes.count - start),
            hint: "write the character itself, or both halves: \\uD83D\\uDE80")
    }

    // MARK: - Helpers

    private var peek: UInt8? { position < source.bytes.count ? source.bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = peek,
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        {
            position += 1
        }
    }

    private mutating func enter() throws(MeteorError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw source.error(
                .invalidDocument, "the JSON nests more than \(Self.maximumDepth) levels deep",
                offset: position,
                hint: "Meteor reads at most \(Self.maximumDepth) levels; flatten the data")
        }
    }

    private func unexpected(_ expected: String) -> MeteorError {
        let found = peek.map { byte -> String in
            let end = min(source.bytes.count, position + max(1, byte.utf8SequenceLength))
            return String(decoding: source.bytes[position..<end], as: UTF8.self)
        }
        return source.error(
            .invalidDocument, "expected \(expected), found `\(found ?? "")`", offset: position,
            hint: hintForUnexpected())
    }

    /// What the usual reason for the byte at `position` is, when it is not JSON.
    private func hintForUnexpected() -> String {
        switch peek {
        case UInt8(ascii: "'"):
            return "JSON strings use double quotes: \"…\""
        case UInt8(ascii: "/"), UInt8(ascii: "#"):
            return "JSON has no comments; remove it"
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            var before = position - 1
            while before >= source.contentStart,
                [0x20, 0x09, 0x0A, 0x0D].contains(source.bytes[before])
            {
                before -= 1
            }
            if before >= source.contentStart, source.bytes[before] == UInt8(ascii: ",") {
                return "JSON allows no comma after the last item; remove it"
            }
        default:
            break
        }
        return "a file holds one JSON value, such as {\"app:main:key\": \"value\"}"
    }

    private func unexpectedEnd(_ expected: String) -> MeteorError {
        source.error(
            .invalidDocument, "the file ends where \(expected) was expected", offset: position,
            hint: "the JSON is cut short; check for a missing `}` or `]`")
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit.
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// The value of an ASCII hexadecimal digit, or nil.
    var hexDigitValue: UInt8? {
        switch self {
        case 0x30...0x39: self - 0x30
        case 0x41...0x46: self - 0x41 + 10
        case 0x61...0x66: self - 0x61 + 10
        default: nil
        }
    }

    /// The length of the UTF-8 sequence this lead byte starts (1 for a continuation byte).
    var utf8SequenceLength: Int {
        switch self {
        case 0xF0...0xFF: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
