import MeteorFormat

/// Fits text into a width by display columns: wrapped at spaces for dialogs and message
/// boxes, or cut with `…` where only one line fits.
enum TextLayout {
    /// Splits text into lines of at most `width` columns: at line breaks, then at spaces
    /// where it can; a word longer than a line (a path, a JSON line) is cut.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - width: The most columns per line; 0 or less leaves the text whole.
    /// - Returns: The lines, at least one.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            wrapLine(String($0), width: width)
        }
    }

    private static func wrapLine(_ text: String, width: Int) -> [String] {
        guard DisplayWidth.of(text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        // Spaces inside a line are kept (a caret line's indent), only a break eats one.
        var isFirstWord = true
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            let gap = isFirstWord ? 0 : 1
            isFirstWord = false
            if lineWidth + gap + wordWidth <= width {
                line += (gap == 1 ? " " : "") + word
                lineWidth += gap + wordWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while wordWidth > width {
                let head = prefix(word, width: width)
                lines.append(head)
                word = String(word.dropFirst(head.count))
                wordWidth = DisplayWidth.of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        lines.append(line)
        return lines
    }

    /// Text cut to `width` columns, ending in `…` when something was cut.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - width: The most columns.
    /// - Returns: The text, whole or cut.
    static func elide(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return "…" }
        return prefix(text, width: width - 1) + "…"
    }

    /// Text cut at the front to `width` columns, starting with `…` when something was cut:
    /// the end of a path is the part that tells where one is.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - width: The most columns.
    /// - Returns: The text, whole or cut.
    static func elideFront(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var tail: [Character] = []
        var used = 1
        for character in text.reversed() {
            let characterWidth = DisplayWidth.of(character)
            guard used + characterWidth <= width else { break }
            tail.append(character)
            used += characterWidth
        }
        return "…" + String(tail.reversed())
    }

    /// The longest start of `text` that fits in `width` columns (at least one character, so
    /// cutting always moves on).
    private static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width, !result.isEmpty { break }
            result.append(character)
            used += characterWidth
        }
        return result
    }
}
