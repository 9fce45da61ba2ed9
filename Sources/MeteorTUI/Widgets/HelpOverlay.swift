/// The help screen: every binding of the keymap, filtered by what the user types.
struct HelpOverlay {
    var bindings: [KeyBinding]
    var filter: String
    var scrollTop: Int

    /// The bindings that match the filter (key text or help text, case-insensitive).
    static func matching(_ bindings: [KeyBinding], filter: String) -> [KeyBinding] {
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return bindings }
        return bindings.filter {
            $0.help.lowercased().contains(needle) || $0.keyText.lowercased().contains(needle)
        }
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let box = Rect(
            x: area.x + max(0, (area.width - 60) / 2), y: area.y + 1,
            width: min(60, area.width), height: max(0, area.height - 2))
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(
            box, title: "Help — type to filter, Esc closes", focused: true, into: &buffer)
        guard !inside.isEmpty else { return }
        buffer.write(
            "filter: \(filter)", column: inside.x, row: inside.y, role: .input,
            maxWidth: inside.width)
        let shown = Self.matching(bindings, filter: filter)
        for line in 0..<(inside.height - 1) {
            let index = scrollTop + line
            guard index < shown.count else { break }
            let binding = shown[index]
            let y = inside.y + 1 + line
            buffer.write(binding.keyText, column: inside.x, row: y, role: .hintKey, maxWidth: 14)
            buffer.write(
                binding.help, column: inside.x + 15, row: y, role: .text,
                maxWidth: inside.width - 15)
        }
    }
}
