import MeteorFormat

/// The fuzzy jump palette: a query line, a count, and the best addresses with the matched
/// characters highlighted.
struct FuzzyPaletteView {
    var palette: FuzzyPalette
    /// The palette's title, naming its keys.
    var title: String

    /// Draws the palette; returns the cursor cell.
    func render(in area: Rect, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
        let width = min(area.width, max(40, min(96, area.width - 4)))
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + 1, width: width,
            height: max(0, area.height - 2))
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        guard inside.height >= 2 else { return nil }
        let prompt = buffer.write("> ", column: inside.x, row: inside.y, role: .hintKey)
        let query = palette.editor.text
        buffer.fill(
            Rect(x: inside.x + prompt, y: inside.y, width: inside.width - prompt, height: 1),
            role: .input)
        buffer.write(
            query, column: inside.x + prompt, row: inside.y, role: .input,
            maxWidth: inside.width - prompt)
        let shown = min(palette.hits.count, inside.height - 2)
        let count =
            palette.matchCount == 1 ? "1 key" : "\(palette.matchCount.grouped) keys"
        buffer.write(
            palette.hits.count < palette.matchCount
                ? "\(count), best \(palette.hits.count.grouped) listed" : count,
            column: inside.x, row: inside.y + 1, role: .muted, maxWidth: inside.width)
        let matcher = FuzzyMatcher(query)
        // Keep the selection on screen.
        let top = max(0, palette.selected - shown + 1)
        for line in 0..<shown {
            let index = top + line
            guard index < palette.hits.count else { break }
            let address = palette.hits[index]
            let y = inside.y + 2 + line
            let prefix = "\(address.context.name):\(address.namespace.name):"
            let label = address.key.bracket
            let text = prefix + label
            buffer.write(text, column: inside.x + 1, row: y, role: .key, maxWidth: inside.width - 1)
            if index == palette.selected {
                buffer.paint(
                    Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection)
            }
            var positions: [Int] = []
            _ = Array(prefix.utf8).withUnsafeBufferPointer { prefixBytes in
                Array(label.utf8).withUnsafeBufferPointer { labelBytes in
                    matcher.score(prefix: prefixBytes, label: labelBytes, positions: &positions)
                }
            }
            guard !positions.isEmpty else { continue }
            let matched = Set(positions)
            MatchPainter.paint(
                { bytes in bytes.contains { matched.contains($0) } }, in: text,
                column: inside.x + 1, row: y, maxX: inside.maxX, into: &buffer)
        }
        let typed = palette.editor.characters.prefix(palette.editor.cursor)
        let before = buffer.width(of: String(typed))
        return (min(inside.maxX - 1, inside.x + prompt + before), inside.y)
    }
}
