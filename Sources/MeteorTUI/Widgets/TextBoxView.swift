/// A bordered box of text over the panes, wrapped to its width and scrolled: the output of
/// a `:` command and the message log.
///
/// Lines wrap rather than end at the border, so a long JSON line or error is read whole; the
/// last line shows the position and the box's keys. The box scrolls by whole lines and wraps
/// only the lines on screen, so a `:` command with a million lines of output draws in time
/// proportional to the screen.
struct TextBoxView {
    var title: String
    /// The lines, unwrapped.
    var lines: [String]
    /// The role of line `i`.
    var role: (Int) -> ThemeRole
    /// The first line shown.
    var scrollTop: Int
    var keys: [KeyChoice]

    /// Where the box goes on a screen of `size`: the panes' area, below the top row.
    static func box(for size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3))
    }

    /// Rows of text visible at once.
    static func pageHeight(for size: Size) -> Int {
        max(1, box(for: size).height - 3)
    }

    /// Columns a line wraps at.
    static func textWidth(for size: Size) -> Int {
        max(1, box(for: size).width - 4)
    }

    /// Line `index` wrapped to the box's width.
    func rows(of index: Int, size: Size) -> [String] {
        TextLayout.wrap(lines[index], width: Self.textWidth(for: size))
    }

    /// The first line of the last page: the lines from it to the end fill at most one page.
    ///
    /// - Complexity: O(the lines of one page).
    func lastTop(size: Size) -> Int {
        let page = Self.pageHeight(for: size)
        var top = lines.count
        var used = 0
        while top > 0 {
            used += rows(of: top - 1, size: size).count
            if used > page { break }
            top -= 1
        }
        return min(top, max(0, lines.count - 1))
    }

    /// The first line of the page above the one starting at `top`.
    private func pageAbove(_ top: Int, size: Size) -> Int {
        let page = Self.pageHeight(for: size)
        var first = top
        var used = 0
        while first > 0 {
            used += rows(of: first - 1, size: size).count
            if used > page { break }
            first -= 1
        }
        return first == top ? max(0, top - 1) : first
    }

    /// How many lines start on the page that begins at `top` (at least one).
    private func linesOnPage(from top: Int, size: Size) -> Int {
        let page = Self.pageHeight(for: size)
        var line = top
        var used = 0
        while line < lines.count {
            used += rows(of: line, size: size).count
            if used > page { break }
            line += 1
        }
        return max(1, line - top)
    }

    /// The first line shown after a motion; the last page stays full.
    func scrolled(_ motion: Motion, size: Size) -> Int {
        let wanted: Int
        switch motion {
        case .up: wanted = scrollTop - 1
        case .down: wanted = scrollTop + 1
        case .pageDown: wanted = scrollTop + linesOnPage(from: scrollTop, size: size)
        case .halfPageDown:
            wanted = scrollTop + max(1, linesOnPage(from: scrollTop, size: size) / 2)
        case .pageUp: wanted = pageAbove(scrollTop, size: size)
        case .halfPageUp:
            wanted = scrollTop - max(1, (scrollTop - pageAbove(scrollTop, size: size)) / 2)
        case .top: wanted = 0
        case .bottom: wanted = lastTop(size: size)
        }
        return min(max(0, wanted), lastTop(size: size))
    }

    func render(size: Size, into buffer: inout ScreenBuffer) {
        let box = Self.box(for: size)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        guard inside.height > 1 else { return }
        let page = Self.pageHeight(for: size)
        var row = 0
        var line = scrollTop
        while row < page, line < lines.count {
            for text in rows(of: line, size: size) where row < page {
                buffer.write(
                    text, column: inside.x + 1, row: inside.y + row, role: role(line),
                    maxWidth: inside.width - 1)
                row += 1
            }
            line += 1
        }
        var column = inside.x + 1
        if scrollTop > 0 || line < lines.count {
            column += buffer.write(
                "lines \((scrollTop + 1).grouped)–\(line.grouped) of \(lines.count.grouped)   ",
                column: column, row: inside.maxY - 1, role: .muted, maxWidth: inside.maxX - column)
        }
        ChoiceLine(choices: keys, gap: "   ").render(
            column: column, row: inside.maxY - 1, maxWidth: inside.maxX - column, into: &buffer)
    }
}
