import MeteorFormat

/// A centred dialog with a title, message lines and a line of choices.
struct DialogView {
    var title: String
    var lines: [(text: String, role: ThemeRole)]
    var choices: String

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let widest = max(
            DisplayWidth.of(choices), lines.map { DisplayWidth.of($0.text) }.max() ?? 0)
        let width = min(area.width, max(40, min(76, widest + 4)))
        let height = min(area.height, lines.count + 4)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2,
            width: width, height: height)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        for (index, line) in lines.enumerated() where index < inside.height - 1 {
            buffer.write(
                line.text, column: inside.x + 1, row: inside.y + index, role: line.role,
                maxWidth: inside.width - 1)
        }
        if inside.height > 0 {
            buffer.write(
                choices, column: inside.x + 1, row: inside.maxY - 1, role: .hintKey,
                maxWidth: inside.width - 1)
        }
    }
}
