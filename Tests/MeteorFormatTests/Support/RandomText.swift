@testable import MeteorFormat

/// Generators of random text for property and fuzz tests, all driven by ``SplitMix64``.
enum RandomText {
    /// Pieces that stress quoting and splitting: separators, quotes, escapes, line breaks,
    /// control characters, wide and combining characters, and surrounding whitespace.
    static let awkwardPieces: [String] = [
        "\"", "'", ";", ":;:", ":", "=", "\\", "\\\"", "\\n", "\\u0041", "\n", "\r", "\r\n",
        "\t", " ", "  ", "\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}",
        "\u{3000}", "\u{FEFF}", "é", "e\u{301}", "\u{301}", "日本", "名前", "😀", "👍🏽",
        "👨‍👩‍👧", "🇯🇵", "[", "]", "[0]", "__", "i_", ",", ".", "/", "#", "*", "?", "ctl:",
        "ns=", "ctx=", "a", "b", "value", "x y", "{\"a\":1}", "C:\\Program Files",
    ]

    /// A random string of awkward pieces and random scalars, possibly empty.
    ///
    /// - Parameters:
    ///   - rng: The generator.
    ///   - maxPieces: The most pieces to join.
    /// - Returns: The string.
    static func value(_ rng: inout SplitMix64, maxPieces: Int = 8) -> String {
        let count = Int.random(in: 0...maxPieces, using: &rng)
        var text = ""
        for _ in 0..<count {
            if Int.random(in: 0..<4, using: &rng) == 0 {
                text.unicodeScalars.append(scalar(&rng))
            } else {
                text += awkwardPieces[Int.random(in: 0..<awkwardPieces.count, using: &rng)]
            }
        }
        return text
    }

    /// A random Unicode scalar from ASCII, Latin, CJK, emoji, combining marks or controls.
    ///
    /// - Parameter rng: The generator.
    /// - Returns: The scalar.
    static func scalar(_ rng: inout SplitMix64) -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [
            0x00...0x7F, 0x80...0x24F, 0x300...0x36F, 0x3040...0x30FF, 0x4E00...0x9FFF,
            0x1F300...0x1F6FF, 0xE000...0xE0FF, 0x10000...0x10FFFF,
        ]
        let range = ranges[Int.random(in: 0..<ranges.count, using: &rng)]
        while true {
            let value = UInt32.random(in: range, using: &rng)
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    /// A random valid context name, at most `maxLength` characters.
    ///
    /// - Parameters:
    ///   - rng: The generator.
    ///   - maxLength: The longest name to make.
    /// - Returns: The name.
    static func name(_ rng: inout SplitMix64, maxLength: Int = 10) -> String {
        let first = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
        let rest = first + Array("0123456789-")
        var text = String(first[Int.random(in: 0..<first.count, using: &rng)])
        for _ in 0..<Int.random(in: 0..<maxLength, using: &rng) {
            text.append(rest[Int.random(in: 0..<rest.count, using: &rng)])
        }
        if NameRules.reserved.contains(where: { $0.description == text }) { return "x" + text }
        return text
    }

    /// A random valid namespace of up to `maxDepth` parts; empty for the root.
    ///
    /// - Parameters:
    ///   - rng: The generator.
    ///   - maxDepth: The most parts.
    /// - Returns: The dotted name.
    static func namespace(_ rng: inout SplitMix64, maxDepth: Int = 4) -> String {
        let depth = Int.random(in: 0...maxDepth, using: &rng)
        return (0..<depth).map { _ in name(&rng) }.joined(separator: ".")
    }

    /// A random valid key in bracket spelling, with optional spaces inside the brackets.
    ///
    /// - Parameter rng: The generator.
    /// - Returns: A key such as `list[ 3 ]`, `user[name]`, `grid[2, x-y]` or `a.b[]`.
    static func bracketKey(_ rng: inout SplitMix64) -> String {
        let base = plainKey(&rng)
        let space = { (rng: inout SplitMix64) -> String in
            ["", "", " ", "\t", "  "][Int.random(in: 0..<5, using: &rng)]
        }
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return base
        case 1: return "\(base)[\(space(&rng))]"
        case 2:
            return "\(base)[\(space(&rng))\(Int.random(in: 0...999, using: &rng))\(space(&rng))]"
        case 3:
            return "\(base)[\(space(&rng))\(indexItem(&rng, allowUnderscore: true))\(space(&rng))]"
        default:
            let count = Int.random(in: 2...4, using: &rng)
            let items = (0..<count).map { _ in
                "\(space(&rng))\(indexItem(&rng, allowUnderscore: false))\(space(&rng))"
            }
            return "\(base)[\(items.joined(separator: ","))]"
        }
    }

    /// A plain key without brackets or `__`, possibly dotted or non-ASCII.
    ///
    /// - Parameter rng: The generator.
    /// - Returns: The key.
    static func plainKey(_ rng: inout SplitMix64) -> String {
        let pieces = [
            "a", "b", "key", "list", "user", "grid", "x-1", "db.host", "é", "日本", "😀", "_", "0",
        ]
        var text = ""
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            text += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
        }
        var collapsed = ""
        for character in text where !(character == "_" && collapsed.last == "_") {
            collapsed.append(character)
        }
        return collapsed
    }

    /// One valid index item: letters, digits, `-`, `.`, and (when allowed) single inner `_`.
    private static func indexItem(_ rng: inout SplitMix64, allowUnderscore: Bool) -> String {
        let alphabet = Array("abcixyzABC0123456789-.")
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
        }
        if allowUnderscore, Int.random(in: 0..<3, using: &rng) == 0 {
            text += "_" + String(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)])
        }
        if text.hasPrefix("i_") { text = "j" + text }
        return text
    }

    /// Random bytes, biased towards the stream syntax so the parsers go deep.
    ///
    /// - Parameters:
    ///   - rng: The generator.
    ///   - maxCount: The most bytes.
    /// - Returns: The bytes; not necessarily valid UTF-8.
    static func bytes(_ rng: inout SplitMix64, maxCount: Int = 40) -> [UInt8] {
        let syntax = Array("abc:;=\"'\\[]_ ,.\n\rinsctxl0123".utf8)
        return (0..<Int.random(in: 0...maxCount, using: &rng)).map { _ in
            Int.random(in: 0..<3, using: &rng) == 0
                ? UInt8.random(in: 0...255, using: &rng)
                : syntax[Int.random(in: 0..<syntax.count, using: &rng)]
        }
    }
}
