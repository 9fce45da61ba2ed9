import MeteorKit

/// The scratch pane: each note's name and the start of its text, drawing only the rows on
/// screen.
struct ScratchPane {
    var slots: ScratchSlots
    var cursor: ListCursor
    var focused: Bool
    /// The key that adds a note, named while there is none.
    var addKey: String?

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        guard !slots.isEmpty else {
            buffer.write(
                "(no notes" + (addKey.map { ": \($0) adds one" } ?? "") + ")", column: area.x,
                row: area.y, role: .muted, maxWidth: area.width)
            return
        }
        let names = slots.list
        let nameWidth = min(max(8, names.map(\.count).max() ?? 0), max(8, area.width / 3))
        for line in 0..<area.height {
            let row = cursor.scrollTop + line
            guard row < names.count else { break }
            let name = names[row]
            let text = slots.get(name) ?? ""
            let y = area.y + line
            var column = area.x
            column += buffer.write(name, column: column, row: y, role: .key, maxWidth: nameWidth)
            column = area.x + nameWidth + 1
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = lines.first.map(String.init) ?? ""
            column += buffer.write(
                first.isEmpty ? "(empty)" : first, column: column, row: y,
                role: first.isEmpty ? .muted : .value, maxWidth: max(0, area.maxX - column))
            if lines.count > 1, column < area.maxX {
                buffer.write(
                    " (+\(lines.count - 1) lines)", column: column, row: y, role: .muted,
                    maxWidth: area.maxX - column)
            }
            if row == cursor.selected {
                buffer.paint(
                    Rect(x: area.x, y: y, width: area.width, height: 1),
                    role: focused ? .selection : .inactiveSelection)
            }
        }
    }
}
