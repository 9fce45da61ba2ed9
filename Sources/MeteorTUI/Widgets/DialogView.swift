import MeteorFormat

/// A centred dialog with a title, message lines and a line of choices.
///
/// Long lines wrap and the dialog grows to hold them, up to the area it is given; a title too
/// long for the border is cut there and shown whole as the first line; lines that still do
/// not fit end with a count of the rest.
struct DialogView {
    var title: String
    var lines: [(text: String, role: ThemeRole)]
    var choices: [KeyChoice]

    /// The widest a dialog grows.
    static let maxWidth = 76
    /// The narrowest dialog.
    static let minWidth = 40
    /// What separates two choices on a line.
    static let gap = "   "

    /// The box's width in `area`: wide enough for the title, the longest line and the
    /// choices, within the limits.
    func width(in area: Rect) -> Int {
        let widest = max(
            DisplayWidth.of(choices.map(\.text).joined(separator: Self.gap)),
            lines.map { DisplayWidth.of($0.text) }.max() ?? 0)
        let wanted = max(widest + 4, DisplayWidth.of(title) + 6)
        return min(area.width, max(Self.minWidth, min(Self.maxWidth, wanted)))
    }

    /// The body lines wrapped to a text width, the whole title first when the border cuts it.
    func bodyLines(textWidth: Int, boxWidth: Int) -> [(text: String, role: ThemeRole)] {
        var body: [(text: String, role: ThemeRole)] = []
        if DisplayWidth.of(title) + 6 > boxWidth {
            body += TextLayout.wrap(title, width: textWidth).map { ($0, ThemeRole.title) }
        }
        for line in lines {
            body += TextLayout.wrap(line.text, width: textWidth).map { ($0, line.role) }
        }
        return body
    }

    /// The choices packed into lines of at most `width` columns.
    func choiceLines(width: Int) -> [[KeyChoice]] {
        var rows: [[KeyChoice]] = [[]]
        var used = 0
        for choice in choices {
            let needed = DisplayWidth.of(choice.text)
            let gap = rows[rows.count - 1].isEmpty ? 0 : Self.gap.count
            if used + gap + needed > width, !rows[rows.count - 1].isEmpty {
                rows.append([choice])
                used = needed
            } else {
                rows[rows.count - 1].append(choice)
                used += gap + needed
            }
        }
        return rows
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let width = width(in: area)
        let textWidth = max(1, width - 4)
        var body = bodyLines(textWidth: textWidth, boxWidth: width)
        let choiceRows = choices.isEmpty ? [] : choiceLines(width: textWidth)
        let room = max(1, area.height - 3 - choiceRows.count)
        if body.count > room {
            let rest = body.count - room + 1
            body = Array(body.prefix(room - 1))
            body.append(("… \(rest) more line\(rest == 1 ? "" : "s")", .muted))
        }
        let height = min(area.height, body.count + choiceRows.count + 3)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
            width: width, height: height)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        guard !inside.isEmpty else { return }
        for (index, line) in body.enumerated() where index < inside.height - 1 {
            buffer.write(
                line.text, column: inside.x + 1, row: inside.y + index, role: line.role,
                maxWidth: inside.width - 1)
        }
        for (index, row) in choiceRows.enumerated() {
            let y = inside.maxY - choiceRows.count + index
            guard y >= inside.y else { continue }
            ChoiceLine(choices: row, gap: Self.gap).render(
                column: inside.x + 1, row: y, maxWidth: inside.width - 1, into: &buffer)
        }
    }
}
