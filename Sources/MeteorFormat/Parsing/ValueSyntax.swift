/// Reading and writing values: bare, double-quoted with JSON escapes, or single-quoted raw
/// (SPEC §4).
///
/// The law: `decode(serialize(v)) == v` for every string `v`.
public enum ValueSyntax {
    /// A value read from a segment, with where its text stood.
    struct Decoded {
        /// The unquoted, unescaped text.
        var text: String
        /// The bytes of the value as written: the trimmed bare text, or the quoted span with its
        /// quotes.
        var range: Range<Int>
        /// Whether the value was quoted.
        var quoted: Bool
    }

    /// Reads the value of a segment that has an `=`.
    static func decode(
        _ bytes: borrowing Span<UInt8>, _ segment: Splitter.Segment, limits: Limits,
        number: Int?, meteor: Int? = nil
    ) throws(MeteorError) -> Decoded {
        guard let equals = segment.equals else {
            return Decoded(text: "", range: segment.range, quoted: false)
        }
        let decoded: Decoded
        if let start = segment.quoteStart, let end = segment.quoteEnd {
            if let extra = segment.textAfterQuote {
                let trailing = bytes.trimmed(extra..<segment.range.upperBound)
                throw MeteorError(
                    .textAfterQuote, "only whitespace may follow the closing quote",
                    at: .locate(
                        in: bytes, offset: extra, byteLength: trailing.count, segment: number,
                        meteor: meteor),
                    hint: "put the whole value inside the quotes, or end the token with `;`")
            }
            let inner = (start + 1)..<end
            let text: String
            if bytes[start] == .singleQuote {
                text = bytes.string(inner)
            } else {
                text = try unescape(bytes, inner, segment: number, meteor: meteor)
            }
            decoded = Decoded(text: text, range: start..<(end + 1), quoted: true)
        } else {
            let value = bytes.trimmed((equals + 1)..<segment.range.upperBound)
            if let lineBreak = segment.lineBreak, lineBreak < value.upperBound {
                throw MeteorError(
                    .lineBreakInValue, "a bare value cannot contain a line break",
                    at: .locate(in: bytes, offset: lineBreak, segment: number, meteor: meteor),
                    hint: "quote the value and write the break as \\n, or end the token with `;`")
            }
            decoded = Decoded(text: bytes.string(value), range: value, quoted: false)
        }
        let length = decoded.quoted ? decoded.text.utf8.count : decoded.range.count
        if length > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: length, what: "the value length",
                at: .locate(
                    in: bytes, offset: decoded.range.lowerBound, byteLength: decoded.range.count,
                    segment: number, meteor: meteor))
        }
        return decoded
    }

    /// Decodes the inside of a double-quoted value: `\" \\ \/ \n \r \t \b \f \uXXXX`, with
    /// surrogate pairs combined.
    static func unescape(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, segment: Int?, meteor: Int?
    ) throws(MeteorError) -> String {
        var hasEscape = false
        for index in range where bytes[unchecked: index] == .backslash {
            hasEscape = true
            break
        }
        if !hasEscape { return bytes.string(range) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == .backslash else {
                out.append(byte)
                index += 1
                continue
            }
            let escapeStart = index
            guard index + 1 < range.upperBound else {
                throw escapeError(
                    "a lone `\\` ends the value", bytes, escapeStart, 1, segment, meteor)
            }
            let code = bytes[index + 1]
            index += 2
            switch code {
            case .doubleQuote: out.append(.doubleQuote)
            case .backslash: out.append(.backslash)
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "n"): out.append(.newline)
            case UInt8(ascii: "r"): out.append(.carriageReturn)
            case UInt8(ascii: "t"): out.append(.tab)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var value = try hex4(bytes, index, range, escapeStart, segment, meteor)
                index += 4
                if (0xD800...0xDBFF).contains(value) {
                    guard index + 1 < range.upperBound, bytes[index] == .backslash,
                        bytes[index + 1] == UInt8(ascii: "u")
                    else {
                        throw escapeError(
                            "a high surrogate must be followed by a low surrogate `\\uDC00`–"
                                + "`\\uDFFF`", bytes, escapeStart, 6, segment, meteor)
                    }
                    let low = try hex4(bytes, index + 2, range, index, segment, meteor)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw escapeError(
                            "`\(bytes.string(index..<(index + 6)))` is not a low surrogate",
                            bytes, index, 6, segment, meteor)
                    }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if (0xDC00...0xDFFF).contains(value) {
                    throw escapeError(
                        "a low surrogate cannot stand alone", bytes, escapeStart, 6, segment,
                        meteor)
                }
                guard let scalar = Unicode.Scalar(value) else {
                    throw escapeError(
                        "not a Unicode scalar", bytes, escapeStart, 6, segment, meteor)
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                let shown = bytes.string(index - 1..<min(range.upperBound, index))
                throw escapeError(
                    "`\\\(DisplayText.visible(shown))` is not a valid escape", bytes, escapeStart,
                    2,
                    segment, meteor)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex4(
        _ bytes: borrowing Span<UInt8>, _ start: Int, _ range: Range<Int>, _ escapeStart: Int,
        _ segment: Int?, _ meteor: Int?
    ) throws(MeteorError) -> UInt32 {
        guard start + 4 <= range.upperBound else {
            throw escapeError(
                "`\\u` needs four hex digits", bytes, escapeStart, range.upperBound - escapeStart,
                segment, meteor)
        }
        var value: UInt32 = 0
        for index in start..<(start + 4) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                throw escapeError(
                    "`\\u` needs four hex digits", bytes, escapeStart, 6, segment, meteor)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private static func escapeError(
        _ why: String, _ bytes: borrowing Span<UInt8>, _ offset: Int, _ length: Int,
        _ segment: Int?, _ meteor: Int?
    ) -> MeteorError {
        MeteorError(
            .invalidEscape, "invalid escape in a double-quoted value: \(why)",
            at: .locate(
                in: bytes, offset: offset, byteLength: length, segment: segment, meteor: meteor),
            hint: "valid escapes are \\\" \\\\ \\/ \\n \\r \\t \\b \\f \\uXXXX; "
                + "use single quotes for raw text")
    }

    // MARK: - Writing

    /// Writes a value so it reads back identically: bare when that is exact, else
    /// double-quoted with the fewest escapes that keep it on one line.
    ///
    /// - Parameter value: Any string.
    /// - Returns: The value as token text.
    public static func serialize(_ value: String) -> String {
        canWriteBare(value) ? value : quote(value)
    }

    /// Whether `value` written bare reads back identically.
    ///
    /// Scans the value with the same ``Splitter`` the parsers use: bare is safe when the
    /// scan sees one bare value with no separator, no quote at its start, no line break and no
    /// whitespace that trimming would remove. Control characters are always quoted so a
    /// document never carries invisible bytes.
    ///
    /// - Parameter value: Any string.
    /// - Returns: Whether the bare form is exact.
    public static func canWriteBare(_ value: String) -> Bool {
        let bytes = value.utf8Span.span
        guard !bytes.isEmpty else { return true }
        if bytes[0].isStreamWhitespace || bytes[bytes.count - 1].isStreamWhitespace {
            return false
        }
        var hasNonASCII = false
        for index in 0..<bytes.count {
            let byte = bytes[unchecked: index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte >= 0x80 { hasNonASCII = true }
        }
        if hasNonASCII, value.unicodeScalars.contains(where: needsEscape) { return false }
        var splitter = Splitter(startingInValue: true)
        guard let segment = try? splitter.next(in: bytes) else { return false }
        return segment.range == 0..<bytes.count && !segment.endsMeteor
            && segment.quoteStart == nil && segment.lineBreak == nil
    }

    /// Whether a scalar is written as `\uXXXX` inside quotes: C0 and C1 controls, DEL, and
    /// the Unicode line and paragraph separators, which some tools treat as line breaks.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        DisplayText.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Writes a value double-quoted, escaping `"`, `\` and control characters.
    ///
    /// Every escape it writes is a JSON escape, so the result is also a valid JSON string
    /// literal; the CLI's JSON output and the store's JSON export use it for that.
    ///
    /// - Parameter value: Any string.
    /// - Returns: `"…"` text.
    public static func quote(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }
}
