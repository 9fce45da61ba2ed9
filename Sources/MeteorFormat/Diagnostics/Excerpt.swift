/// Keeps what a diagnostic quotes short, whatever the input: a line of a 5 MB value, or a
/// message that names a 5 MB key, is cut to the part around the problem.
///
/// Every diagnostic goes through it (``Diagnostic/init(_:kind:message:location:hint:limit:)``
/// clips the message and hint, ``Diagnostic/rendered()`` windows the source line), so the
/// bound holds for the command line, the REPL, JSON output and the TUI alike.
enum Excerpt {
    /// The most characters of a source line a rendered diagnostic shows.
    static let lineWindow = 200
    /// The most characters a caret line underlines.
    static let caretWindow = 100
    /// A `` `quoted` `` name in a message longer than this is cut in the middle.
    static let quoteLimit = 80
    /// A message or hint longer than this (after cutting quotes) is cut at the end.
    static let textLimit = 600

    /// The part of `line` around the marked span: at most ``lineWindow`` characters, with
    /// `…` where text was cut, and the column and length of the span inside it.
    ///
    /// - Parameters:
    ///   - line: The whole source line.
    ///   - column: The 1-based column of the span, in characters.
    ///   - length: The span's length in characters.
    /// - Returns: The shown text, and the span's column and length in it.
    static func window(_ line: String, column: Int, length: Int)
        -> (text: String, column: Int, length: Int)
    {
        let count = line.count
        guard count > lineWindow else { return (line, column, length) }
        let marked = min(length, caretWindow)
        let start = min(max(0, column - 1), count)
        var lower = max(0, start - (lineWindow - marked) / 2)
        let upper = min(count, lower + lineWindow)
        lower = max(0, upper - lineWindow)
        let from = line.index(line.startIndex, offsetBy: lower)
        let to = line.index(from, offsetBy: upper - lower)
        var text = String(line[from..<to])
        var shownColumn = column - lower
        if lower > 0 {
            text = "…" + text
            shownColumn += 1
        }
        if upper < count { text += "…" }
        return (text, shownColumn, marked)
    }

    /// The text with every `` `quoted` `` run longer than ``quoteLimit`` cut to its start and
    /// end, and then the whole cut to ``textLimit`` characters.
    ///
    /// - Parameter text: A message or hint.
    /// - Returns: The text, unchanged when it is short.
    static func clip(_ text: String) -> String {
        guard text.utf8.count > quoteLimit else { return text }
        var parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices where index % 2 == 1 && index < parts.count - 1 {
            let quoted = parts[index]
            guard quoted.count > quoteLimit else { continue }
            parts[index] = "\(quoted.prefix(quoteLimit - 20))…\(quoted.suffix(10))"
        }
        var result = parts.joined(separator: "`")
        if result.count > textLimit { result = String(result.prefix(textLimit)) + "…" }
        return result
    }
}
