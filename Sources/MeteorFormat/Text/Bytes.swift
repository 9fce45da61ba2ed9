/// ASCII byte constants the scanners compare against.
extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let semicolon = UInt8(ascii: ";")
    static let colon = UInt8(ascii: ":")
    static let equals = UInt8(ascii: "=")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let comma = UInt8(ascii: ",")
    static let dot = UInt8(ascii: ".")
    static let underscore = UInt8(ascii: "_")
    static let hyphen = UInt8(ascii: "-")
    static let star = UInt8(ascii: "*")
    static let question = UInt8(ascii: "?")

    /// Space, tab, CR or LF: the whitespace that streams trim around segments and bare values.
    var isStreamWhitespace: Bool {
        self == .space || self == .tab || self == .newline || self == .carriageReturn
    }

    /// `A`–`Z` or `a`–`z`.
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }

    /// `0`–`9`.
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// A letter, digit, `_` or `-`: the characters of context and namespace names.
    var isNameByte: Bool { isASCIILetter || isASCIIDigit || self == .underscore || self == .hyphen }
}

extension Span where Element == UInt8 {
    /// Decodes a byte range as UTF-8 text.
    ///
    /// The scanners only cut at ASCII delimiters, so ranges of valid input stay valid UTF-8.
    func string(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    /// Whether the byte range equals an ASCII literal.
    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        return literal.withUTF8Buffer { expected in
            var index = 0
            while index < expected.count {
                if self[range.lowerBound + index] != expected[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// Whether the byte range equals some bytes.
    func equals(_ range: Range<Int>, _ other: [UInt8]) -> Bool {
        guard range.count == other.count else { return false }
        var index = 0
        while index < other.count {
            if self[unchecked: range.lowerBound + index] != other[index] { return false }
            index += 1
        }
        return true
    }

    /// The range with stream whitespace removed from both ends.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, self[lower].isStreamWhitespace { lower += 1 }
        while upper > lower, self[upper - 1].isStreamWhitespace { upper -= 1 }
        return lower..<upper
    }
}
