import MeteorFormat

/// The search field on the hint line, as in vi and less: `/text` or `?text`, with what is
/// searched (keys or values) and whether there is a hit.
struct SearchLine {
    var field: SearchField
    /// The keys named on the right.
    var keymap: Keymap

    /// Draws the line; returns the cursor cell.
    func render(in area: Rect, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area, role: .text)
        let mode = field.inValues ? "values" : "keys"
        let toggle = keymap.key(for: .toggleSearchValues, in: .search).map {
            " \($0): \(field.inValues ? "keys" : "values")"
        }
        let keys = [Action.acceptSearch, .cancel].compactMap { keymap.key(for: $0, in: .search) }
        var right = "[\(mode)]\(toggle ?? "")  \(keys.joined(separator: "  ")) "
        if field.found == false { right = "not found  " + right }
        let rightWidth = DisplayWidth.of(right)
        let prompt = field.direction == .forward ? "/" : "?"
        let fieldWidth = max(1, area.width - rightWidth - 2)
        buffer.write(prompt, column: area.x, row: area.y, role: .hintKey)
        let cursor = TextFieldView(editor: field.editor, role: .input).render(
            in: Rect(x: area.x + 1, y: area.y, width: fieldWidth, height: 1), into: &buffer)
        if area.width > rightWidth + 2 {
            let column = area.maxX - rightWidth
            let notFound = field.found == false ? 11 : 0
            buffer.write(
                right.prefix(notFound), column: column, row: area.y, role: .error)
            buffer.write(
                right.dropFirst(notFound), column: column + notFound, row: area.y, role: .hintBar)
        }
        return cursor
    }
}
