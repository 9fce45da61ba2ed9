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
        let text = field.editor.characters
        let before = DisplayWidth.of(String(text.prefix(field.editor.cursor)))
        // Scroll so the cursor stays in the field.
        var skip = 0
        while before - DisplayWidth.of(String(text.prefix(skip))) >= fieldWidth { skip += 1 }
        buffer.write(
            String(text.dropFirst(skip)), column: area.x + 1, row: area.y, role: .input,
            maxWidth: fieldWidth)
        if area.width > rightWidth + 2 {
            let column = area.maxX - rightWidth
            let notFound = field.found == false ? 11 : 0
            buffer.write(
                right.prefix(notFound), column: column, row: area.y, role: .error)
            buffer.write(
                right.dropFirst(notFound), column: column + notFound, row: area.y, role: .hintBar)
        }
        return (area.x + 1 + before - DisplayWidth.of(String(text.prefix(skip))), area.y)
    }
}
