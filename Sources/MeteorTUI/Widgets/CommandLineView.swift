import MeteorFormat

/// The `:` field on the hint line, with the completion candidates in a list above it and the
/// engine's cursor at the right, where bare keys of a `parse` go.
struct CommandLineView {
    /// The most candidates listed at once.
    static let listHeight = 8

    var line: CommandLineState
    /// The engine cursor, `app:main`.
    var cursor: String
    /// The key that goes to the next candidate, named in the list's title.
    var nextKey: String?

    /// Draws the field in `area` (one row) and the list above it, inside `screen`; returns
    /// the text cursor.
    func render(in area: Rect, screen: Rect, into buffer: inout ScreenBuffer) -> (
        column: Int, row: Int
    )? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area, role: .text)
        let prompt = buffer.write(":", column: area.x, row: area.y, role: .hintKey)
        let right = "cursor \(cursor) "
        let rightWidth = buffer.width(of: right)
        let showsCursor = area.width - rightWidth >= 40
        if showsCursor {
            buffer.write(right, column: area.maxX - rightWidth, row: area.y, role: .muted)
        }
        let fieldWidth = max(1, area.width - prompt - 1 - (showsCursor ? rightWidth + 1 : 0))
        let field = Rect(x: area.x + prompt, y: area.y, width: fieldWidth, height: 1)
        let window = TextFieldView.window(line.editor, width: fieldWidth, layout: buffer.layout)
        let cursor = TextFieldView(editor: line.editor, role: .text).render(
            in: field, into: &buffer)
        if let cycle = line.completion {
            // The list sits under the completed word, or at the field's left edge when the
            // word starts in the scrolled-off part.
            let start = window.characters.lowerBound
            let before = line.editor.characters[start..<max(start, cycle.wordStart)]
            let wordColumn = field.x + buffer.width(of: String(before))
            renderList(cycle, column: wordColumn, above: area.y, screen: screen, into: &buffer)
        }
        return cursor
    }

    /// The candidates in a bordered list whose bottom edge sits just above the field.
    private func renderList(
        _ cycle: CompletionCycle, column: Int, above row: Int, screen: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let shown = min(cycle.candidates.count, Self.listHeight, max(0, row - screen.y - 2))
        guard shown > 0 else { return }
        let title =
            "\(cycle.candidates.count.grouped) matches" + (nextKey.map { " · \($0) next" } ?? "")
        let widest = cycle.candidates.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(screen.width, max(widest + 4, DisplayWidth.of(title) + 6))
        let box = Rect(
            x: max(screen.x, min(column - 2, screen.maxX - width)), y: row - shown - 2,
            width: width, height: shown + 2)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        let selected = cycle.selected ?? 0
        let top = min(max(0, selected - shown + 1), cycle.candidates.count - shown)
        for index in 0..<shown {
            let candidate = top + index
            let isSelected = cycle.selected == candidate
            let role: ThemeRole = isSelected ? .selection : .text
            if isSelected {
                buffer.fill(
                    Rect(x: inside.x, y: inside.y + index, width: inside.width, height: 1),
                    role: role)
            }
            buffer.write(
                cycle.candidates[candidate], column: inside.x + 1, row: inside.y + index,
                role: role, maxWidth: inside.width - 1)
        }
        if top + shown < cycle.candidates.count {
            buffer.write(
                " +\(cycle.candidates.count - top - shown) more ", column: box.x + 2,
                row: box.maxY - 1, role: .muted, maxWidth: box.width - 4)
        }
    }
}
