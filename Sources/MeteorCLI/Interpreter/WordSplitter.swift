/// Splits one command line into words the way a POSIX shell does, without expanding anything.
///
/// - Whitespace separates words; runs of it count once.
/// - `'…'` keeps everything up to the next `'` literally.
/// - `"…"` keeps everything literally except `\"`, `\\`, `\$` and `` \` ``, which drop the
///   backslash.
/// - Outside quotes, `\x` is the character `x`.
/// - A `#` at the start of a word starts a comment that runs to the end of the line.
/// - Quotes join with neighbouring text: `a"b c"d` is the single word `ab cd`, and `""` is an
///   empty word.
///
/// ```swift
/// try WordSplitter.split(#"set app:ui:k "v w""#)   // ["set", "app:ui:k", "v w"]
/// ```
public enum WordSplitter {
    /// Splits a line into words.
    ///
    /// - Parameter line: The command line, without its line break.
    /// - Returns: The words, unquoted.
    /// - Throws: ``DiagnosticKind/unclosedQuote`` for a quote that never closes and
    ///   ``DiagnosticKind/invalidEscape`` for a backslash at the very end, each located at its
    ///   column with a caret.
    public static func split(_ line: String) throws(MeteorError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: (character: Character, column: Int)?
        var escaping: Int?
        var column = 0
        for character in line {
            column += 1
            if escaping != nil {
                escaping = nil
                if quote != nil, !"\"\\$`".contains(character) { current.append("\\") }
                current.append(character)
                continue
            }
            if let open = quote {
                if character == open.character {
                    quote = nil
                } else if open.character == "\"", character == "\\" {
                    escaping = column
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case " ", "\t", "\n", "\r":
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            case "#" where !inWord:
                return words
            case "'", "\"":
                quote = (character, column)
                inWord = true
            case "\\":
                escaping = column
                inWord = true
            default:
                current.append(character)
                inWord = true
            }
        }
        if let open = quote {
            throw MeteorError(
                .unclosedQuote, "the \(open.character) quote opened here never closes",
                at: SourceLocation(column: open.column, lineText: line),
                hint: "end the word with a matching \(open.character)")
        }
        if let escape = escaping {
            throw MeteorError(
                .invalidEscape, "the line ends with a lone backslash",
                at: SourceLocation(column: escape, lineText: line),
                hint: "write \\\\ for a backslash, or quote the word")
        }
        if inWord { words.append(current) }
        return words
    }

    /// Quotes a word so that ``split(_:)`` reads it back unchanged: bare when that is safe,
    /// otherwise in single quotes (or double quotes when it contains `'`).
    ///
    /// - Parameter word: The word.
    /// - Returns: The quoted word.
    public static func quote(_ word: String) -> String {
        let safe =
            !word.isEmpty
            && word.allSatisfy { character in
                character.isLetter || character.isNumber || "-_.:/@%+=,[]*?".contains(character)
            }
        if safe { return word }
        if !word.contains("'") { return "'\(word)'" }
        var escaped = "\""
        for character in word {
            if "\"\\$`".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped + "\""
    }
}
