/// The help screen: every binding of the keymap, filtered by what the user types.
struct HelpOverlay {
    var bindings: [KeyBinding]
    var filter: String
    var scrollTop: Int

    /// One line of help: every key that does the same thing, and what it does.
    struct Row: Equatable {
        var keys: String
        var help: String
    }

    /// The help lines: bindings with the same scope and help text share a line (`j / ↓`),
    /// kept in keymap order, then filtered by key or help text (case-insensitive).
    static func rows(_ bindings: [KeyBinding], filter: String) -> [Row] {
        var rows: [Row] = []
        var lineOf: [String: Int] = [:]
        for binding in bindings {
            let group = "\(binding.scope.rawValue)\u{0}\(binding.help)"
            if let line = lineOf[group] {
                rows[line].keys += " / " + binding.keyText
            } else {
                lineOf[group] = rows.count
                rows.append(Row(keys: binding.keyText, help: binding.help))
            }
        }
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return rows }
        return rows.filter {
            $0.help.lowercased().contains(needle) || $0.keys.lowercased().contains(needle)
        }
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let box = Rect(
            x: area.x + max(0, (area.width - 60) / 2), y: area.y + 1,
            width: min(60, area.width), height: max(0, area.height - 2))
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(
            box, title: "Help — type to filter, Esc or F1 closes", focused: true, into: &buffer)
        guard !inside.isEmpty else { return }
        buffer.write(
            "filter: \(filter)", column: inside.x, row: inside.y, role: .input,
            maxWidth: inside.width)
        let shown = Self.rows(bindings, filter: filter)
        for line in 0..<(inside.height - 1) {
            let index = scrollTop + line
            guard index < shown.count else { break }
            let row = shown[index]
            let y = inside.y + 1 + line
            buffer.write(row.keys, column: inside.x, row: y, role: .hintKey, maxWidth: 18)
            buffer.write(
                row.help, column: inside.x + 19, row: y, role: .text,
                maxWidth: inside.width - 19)
        }
    }
}
