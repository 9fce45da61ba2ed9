/// The help screen: every binding of the keymap, filtered by what the user types.
///
/// Dialogs and fields show their own keys where they are open, so help lists the scopes
/// that are there all the time (``KeyBinding/Scope/isListedInHelp``).
struct HelpOverlay {
    var keymap: Keymap
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
        for binding in bindings where binding.scope.isListedInHelp {
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

    /// The box on a screen of `size`: 60 columns, centred over the panes.
    static func box(for size: Size) -> Rect {
        let area = Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 2))
        return Rect(
            x: area.x + max(0, (area.width - 60) / 2), y: area.y + 1,
            width: min(60, area.width), height: max(0, area.height - 2))
    }

    /// Rows of bindings shown at once, below the filter line.
    static func pageHeight(for size: Size) -> Int {
        max(1, box(for: size).height - 3)
    }

    /// The first row shown after a motion: the list stops at its last row.
    func scrolled(_ motion: Motion, size: Size) -> Int {
        let count = Self.rows(keymap.bindings, filter: filter).count
        return motion.scrolled(scrollTop, count: count, page: Self.pageHeight(for: size))
    }

    func render(size: Size, into buffer: inout ScreenBuffer) {
        let box = Self.box(for: size)
        buffer.fill(box, role: .dialog)
        let title = keymap.message("Help", [(.cancel, "closes")], in: .help)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        guard !inside.isEmpty else { return }
        let column = buffer.write(
            "filter: ", column: inside.x, row: inside.y, role: .muted, maxWidth: inside.width)
        buffer.write(
            filter.isEmpty ? "type to filter" : filter, column: inside.x + column, row: inside.y,
            role: filter.isEmpty ? .muted : .input, maxWidth: inside.width - column)
        let shown = Self.rows(keymap.bindings, filter: filter)
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
        if shown.count > inside.height - 1 {
            let last = min(shown.count, scrollTop + inside.height - 1)
            let position = " \(scrollTop + 1)–\(last) of \(shown.count) "
            buffer.write(
                position, column: box.maxX - 2 - position.count, row: box.maxY - 1,
                role: .muted)
        }
    }
}
