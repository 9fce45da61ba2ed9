/// The output of a `:` command in a scrollable box over the panes; failures in the error
/// colour, warnings in the warning colour.
struct CommandOutputView {
    var output: CommandOutputState

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let box = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: ":\(output.command)", focused: true, into: &buffer)
        guard inside.height > 1 else { return }
        let role: ThemeRole =
            switch output.tone {
            case .output: .text
            case .warning: .warning
            case .error: .error
            }
        let page = inside.height - 1
        for index in 0..<page {
            let line = output.scrollTop + index
            guard line < output.lines.count else { break }
            buffer.write(
                output.lines[line], column: inside.x + 1, row: inside.y + index, role: role,
                maxWidth: inside.width - 1)
        }
        let last = min(output.lines.count, output.scrollTop + page)
        let position =
            output.lines.count > page
            ? "lines \(output.scrollTop + 1)–\(last) of \(output.lines.count) · ↑↓ PgUp PgDn · "
            : ""
        buffer.write(
            position + "Esc/Enter closes · : runs another", column: inside.x + 1,
            row: inside.maxY - 1, role: .hintKey, maxWidth: inside.width - 1)
    }
}
