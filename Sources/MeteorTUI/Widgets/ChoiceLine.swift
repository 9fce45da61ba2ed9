import MeteorFormat

/// Keys and what they do on one line, `y/Enter apply   n/Esc discard`: the keys in the key
/// colour, only whole choices, as many as fit.
struct ChoiceLine {
    var choices: [KeyChoice]
    var gap: String
    var textRole: ThemeRole = .text

    /// Draws the line; returns the columns used.
    @discardableResult
    func render(column: Int, row: Int, maxWidth: Int, into buffer: inout ScreenBuffer) -> Int {
        var used = 0
        for choice in choices {
            let separator = used == 0 ? "" : gap
            let needed = DisplayWidth.of(separator + choice.text)
            guard used + needed <= maxWidth else { break }
            used += buffer.write(separator, column: column + used, row: row, role: textRole)
            used += buffer.write(choice.keys, column: column + used, row: row, role: .hintKey)
            used += buffer.write(
                " " + choice.help, column: column + used, row: row, role: textRole)
        }
        return used
    }
}
