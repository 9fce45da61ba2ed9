/// Validates keys on UTF-8 bytes and converts bracket spellings to flat form (SPEC §2–3).
enum KeyParser {
    /// Parses the key in `range` of `bytes`, reporting errors at their place in `bytes`.
    static func parse(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, limits: Limits, segment: Int?
    ) throws(MeteorError) -> Key {
        guard !range.isEmpty else {
            throw MeteorError(
                .emptyKey, "the key is empty",
                at: .locate(in: bytes, offset: range.lowerBound, byteLength: 0, segment: segment),
                hint: "write a key before `=`, e.g. `button=click`")
        }
        var open: Int?
        var close: Int?
        var hasNonASCII = false
        var hasDoubleUnderscore = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case .openBracket:
                if open != nil {
                    let why =
                        close == nil
                        ? "brackets cannot nest" : "a key has at most one bracket group"
                    throw bracketError(why, bytes, index, segment)
                }
                open = index
            case .closeBracket:
                guard open != nil else {
                    throw bracketError("`]` has no matching `[`", bytes, index, segment)
                }
                if close != nil {
                    throw bracketError("a key has at most one bracket group", bytes, index, segment)
                }
                close = index
            case .space where open != nil && close == nil, .tab where open != nil && close == nil:
                break
            case 0..<0x21, 0x7F, .colon, .semicolon, .equals, .doubleQuote, .singleQuote,
                .backslash:
                throw invalidCharacter(bytes, index, segment)
            case .underscore:
                if index > range.lowerBound, bytes[index - 1] == .underscore {
                    hasDoubleUnderscore = true
                }
            case 0x80...:
                hasNonASCII = true
            default:
                break
            }
            index += 1
        }
        if hasNonASCII { try checkScalars(bytes, range, segment) }
        let flat: String
        if let open {
            guard let close else {
                throw bracketError("`[` is never closed", bytes, open, segment)
            }
            if close != range.upperBound - 1 {
                throw bracketError(
                    "text after `]` is not allowed", bytes, close + 1, segment,
                    length: range.upperBound - close - 1)
            }
            flat = try flatten(bytes, range, open: open, close: close, segment: segment)
        } else {
            flat = bytes.string(range)
            if hasDoubleUnderscore { try checkCanonicalFlat(flat, bytes, range, segment) }
        }
        if flat.utf8.count > limits.keyLength {
            throw limits.exceeded(
                .keyLength, actual: flat.utf8.count,
                what: "the length of key `\(BracketNotation.bracket(fromFlat: flat))`",
                at: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: range.count,
                    segment: segment))
        }
        return Key(uncheckedFlat: flat)
    }

    /// Builds the flat form of `base[items]`.
    private static func flatten(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, open: Int, close: Int, segment: Int?
    ) throws(MeteorError) -> String {
        let base = range.lowerBound..<open
        guard !base.isEmpty else {
            throw bracketError("the key needs a name before `[`", bytes, open, segment)
        }
        for index in base where bytes[index].isStreamWhitespace {
            throw invalidCharacter(bytes, index, segment)
        }
        var items: [Range<Int>] = []
        var itemStart = open + 1
        var index = open + 1
        while index <= close {
            if index == close || bytes[index] == .comma {
                items.append(bytes.trimmed(itemStart..<index))
                itemStart = index + 1
            }
            index += 1
        }
        let baseText = bytes.string(base)
        if items.count == 1, items[0].isEmpty { return baseText + BracketNotation.appendSuffix }
        let multiple = items.count > 1
        for item in items {
            try checkItem(item, multiple: multiple, bytes, segment, at: open)
        }
        let texts = items.map { bytes.string($0) }
        let flat: String
        if multiple {
            flat = "\(baseText)__i_\(texts.joined(separator: "_"))"
        } else if texts[0].utf8.allSatisfy(\.isASCIIDigit) {
            flat = "\(baseText)__i_\(texts[0])"
        } else {
            flat = "\(baseText)__\(texts[0])"
        }
        let normalized = "\(baseText)[\(texts.joined(separator: ","))]"
        guard BracketNotation.bracket(fromFlat: flat) == normalized else {
            throw bracketError(
                "`\(normalized)` would not read back from its flat form `\(flat)`", bytes, open,
                segment, hint: "an index item may not start or end with `_`")
        }
        return flat
    }

    private static func checkItem(
        _ item: Range<Int>, multiple: Bool, _ bytes: borrowing Span<UInt8>, _ segment: Int?,
        at open: Int
    ) throws(MeteorError) {
        guard !item.isEmpty else {
            throw bracketError("an index list has an empty item", bytes, item.lowerBound, segment)
        }
        var previous: UInt8 = 0
        for index in item {
            let byte = bytes[index]
            guard byte.isNameByte || byte == .dot else {
                throw bracketError(
                    "index items may only contain ASCII letters, digits, `_`, `-` and `.`",
                    bytes, index, segment)
            }
            if byte == .underscore, multiple {
                throw bracketError(
                    "items of a multi-index list cannot contain `_`", bytes, index, segment,
                    hint: "`_` joins the items in the flat form; use `-` or `.`")
            }
            if byte == .underscore, previous == .underscore {
                throw bracketError("an index item cannot contain `__`", bytes, index - 1, segment)
            }
            previous = byte
        }
        if !multiple, item.count >= 2, bytes[item.lowerBound] == UInt8(ascii: "i"),
            bytes[item.lowerBound + 1] == .underscore
        {
            throw bracketError(
                "a named index cannot start with `i_`", bytes, item.lowerBound, segment,
                hint: "`i_` marks numeric indices in the flat form")
        }
    }

    /// A plain key with `__` is by definition a flat form; it must be the canonical flat form
    /// of its own bracket spelling, or two spellings would name different entries.
    private static func checkCanonicalFlat(
        _ flat: String, _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, _ segment: Int?
    ) throws(MeteorError) {
        let bracket = BracketNotation.bracket(fromFlat: flat)
        let reparsed: Key
        do {
            reparsed = try Key(validating: bracket, limits: Profile.enterprise.limits)
        } catch {
            throw MeteorError(
                .invalidKey,
                "`\(flat)` reads as the flat form of `\(bracket)`, which is not a valid key: "
                    + error.message,
                at: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: range.count,
                    segment: segment),
                hint: "`__` separates a key from its index; avoid it in plain names")
        }
        guard reparsed.flat == flat else {
            throw MeteorError(
                .invalidKey,
                "`\(flat)` is not a canonical flat key: it reads as `\(bracket)`, whose flat "
                    + "form is `\(reparsed.flat)`",
                at: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: range.count,
                    segment: segment),
                hint: "write `\(reparsed.flat)` or `\(bracket)`")
        }
    }

    /// Rejects non-ASCII whitespace and control characters, which the byte scan cannot see.
    ///
    /// ASCII was checked byte by byte, which allows spaces and tabs inside brackets. Offsets
    /// come from decoding the bytes themselves, so they stay exact even when the input is not
    /// valid UTF-8.
    private static func checkScalars(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, _ segment: Int?
    ) throws(MeteorError) {
        let found: (offset: Int, length: Int)? = bytes.withUnsafeBufferPointer { buffer in
            var iterator = UnsafeBufferPointer(rebasing: buffer[range]).makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            var offset = range.lowerBound
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded):
                    let scalar = Unicode.UTF8.decode(encoded)
                    if !scalar.isASCII,
                        scalar.properties.isWhitespace || DisplayText.isControl(scalar)
                            || scalar.properties.generalCategory == .lineSeparator
                            || scalar.properties.generalCategory == .paragraphSeparator
                    {
                        return (offset, encoded.count)
                    }
                    offset += encoded.count
                case .error(let length):
                    offset += length
                case .emptyInput:
                    return nil
                }
            }
        }
        if let found {
            throw invalidCharacter(bytes, found.offset, segment, length: found.length)
        }
    }

    private static func invalidCharacter(
        _ bytes: borrowing Span<UInt8>, _ index: Int, _ segment: Int?, length: Int = 1
    ) -> MeteorError {
        let found = DisplayText.visible(bytes.string(index..<min(bytes.count, index + length)))
        let shown: String
        if let first = found.unicodeScalars.first, first.properties.isWhitespace {
            let hex = String(first.value, radix: 16, uppercase: true)
            shown = "whitespace (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
        } else {
            shown = "`\(found)`"
        }
        return MeteorError(
            .invalidKey, "keys cannot contain \(shown)",
            at: .locate(in: bytes, offset: index, byteLength: length, segment: segment),
            hint: "keys may not contain whitespace, control characters or any of : ; = \" ' \\; "
                + "quote the value, not the key")
    }

    private static func bracketError(
        _ why: String, _ bytes: borrowing Span<UInt8>, _ index: Int, _ segment: Int?,
        length: Int = 1, hint: String? = nil
    ) -> MeteorError {
        MeteorError(
            .invalidBracket, "invalid bracket notation: \(why)",
            at: .locate(in: bytes, offset: index, byteLength: length, segment: segment),
            hint: hint ?? "bracket keys look like `list[0]`, `user[name]`, `grid[2,3]` or `list[]`")
    }
}
