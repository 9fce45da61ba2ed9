/// The one-line key hint bar, generated from the keymap.
struct HintBar {
    var hints: [KeyBinding]

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        var column = area.x + 1
        for hint in hints {
            let needed = hint.keyText.count + hint.help.count + 3
            guard column + needed <= area.maxX else { break }
            column += buffer.write(hint.keyText, column: column, row: area.y, role: .hintKey)
            column += buffer.write(" \(hint.help)  ", column: column, row: area.y, role: .hintBar)
        }
    }
}
