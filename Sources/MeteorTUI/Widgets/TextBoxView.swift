/// A bordered box of text over the panes, wrapped to its width and scrolled: the output of
/// a `:` command and the message log.
///
/// Lines wrap rather than end at the border, so a long JSON line or error is read whole; the
/// last line shows the position and the box's keys.
struct TextBoxView {
    var title: String
    var lines: [(text: String, role: ThemeRole)]
    var scrollTop: Int
    var keys: [KeyChoice]

    /// Where the box goes on a screen of `size`: the panes' area, below the top row.
    static func box(for size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3))
    }

    /// Lines of text visible at once.
    static func pageHeight(for size: Size) -> Int {
        max(1, box(for: size).height - 3)
    }

    /// The lines wrapped to the box's text width on a screen of `size`.
    func wrapped(for size: Size) -> [(text: String, role: ThemeRole)] {
        let width = max(1, Self.box(for: size).width - 4)
        return lines.flatMap { line in
            TextLayout.wrap(line.text, width: width).map { ($0, line.role) }
        }
    }

    /// The first line shown after a motion, the last page kept full.
    func scrolled(_ motion: Motion, size: Size) -> Int {
        motion.scrolled(
            scrollTop, count: wrapped(for: size).count, page: Self.pageHeight(for: size))
    }

    func render(size: Size, into buffer: inout ScreenBuffer) {
        let box = Self.box(for: size)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        guard inside.height > 1 else { return }
        let shown = wrapped(for: size)
        let page = Self.pageHeight(for: size)
        for index in 0..<page {
            let line = scrollTop + index
            guard line < shown.count else { break }
            buffer.write(
                shown[line].text, column: inside.x + 1, row: inside.y + index,
                role: shown[line].role, maxWidth: inside.width - 1)
        }
        var column = inside.x + 1
        if shown.count > page {
            let last = min(shown.count, scrollTop + page)
            column += buffer.write(
                "lines \((scrollTop + 1).grouped)–\(last.grouped) of \(shown.count.grouped)   ",
                column: column, row: inside.maxY - 1, role: .muted, maxWidth: inside.maxX - column)
        }
        ChoiceLine(choices: keys, gap: "   ").render(
            column: column, row: inside.maxY - 1, maxWidth: inside.maxX - column, into: &buffer)
    }
}
