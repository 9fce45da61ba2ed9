import MeteorFormat

/// Renders a value with its address and key spellings.
///
/// The text is shown line by line, wrapped or clipped (with a `›` marker), with optional line
/// numbers. Control characters other than the line break are shown as visible symbols.
struct ValueView {
    var address: Address?
    var value: String?
    var options: ValuePaneState

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        guard let address else {
            buffer.write(
                "Select a key to see its value.", column: area.x, row: area.y, role: .muted,
                maxWidth: area.width)
            return
        }
        var row = area.y
        buffer.write(
            address.description, column: area.x, row: row, role: .title, maxWidth: area.width)
        row += 1
        if address.key.flat != address.key.bracket, row < area.maxY {
            buffer.write(
                "flat: \(address.key.flat)", column: area.x, row: row, role: .muted,
                maxWidth: area.width)
            row += 1
        }
        guard row < area.maxY else { return }
        buffer.write(
            String(repeating: "─", count: area.width), column: area.x, row: row, role: .border)
        row += 1
        let body = Rect(x: area.x, y: row, width: area.width, height: area.maxY - row)
        renderBody(value ?? "", in: body, into: &buffer)
    }

    private func renderBody(_ text: String, in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let lines = Self.lines(of: text)
        let gutter = options.showsLineNumbers ? String(lines.count).count + 1 : 0
        let textWidth = max(1, area.width - gutter)
        var visual: [(number: Int?, text: Substring, clipped: Bool)] = []
        for (index, line) in lines.enumerated() {
            if options.wraps {
                for (part, piece) in Self.wrap(line, width: textWidth).enumerated() {
                    visual.append((part == 0 ? index + 1 : nil, piece, false))
                }
            } else {
                visual.append((index + 1, line[...], DisplayWidth.of(line) > textWidth))
            }
        }
        for offset in 0..<area.height {
            let index = options.scrollTop + offset
            guard index < visual.count else { break }
            let y = area.y + offset
            let item = visual[index]
            if gutter > 0, let number = item.number {
                let label = String(number)
                buffer.write(
                    String(repeating: " ", count: gutter - 1 - label.count) + label,
                    column: area.x, row: y, role: .muted)
            }
            buffer.write(
                item.text, column: area.x + gutter, row: y, role: .value, maxWidth: textWidth)
            if item.clipped {
                buffer.write("›", column: area.maxX - 1, row: y, role: .special)
            }
        }
    }

    /// The value split at line breaks; a `\r` before a `\n` stays visible as `␍`.
    static func lines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Cuts a line into pieces of at most `width` columns.
    static func wrap(_ line: String, width: Int) -> [Substring] {
        guard !line.isEmpty else { return [line[...]] }
        var pieces: [Substring] = []
        var start = line.startIndex
        var used = 0
        var index = line.startIndex
        while index < line.endIndex {
            let characterWidth = max(1, DisplayWidth.of(DisplayText.visible(String(line[index]))))
            if used + characterWidth > width, used > 0 {
                pieces.append(line[start..<index])
                start = index
                used = 0
            }
            used += characterWidth
            index = line.index(after: index)
        }
        pieces.append(line[start...])
        return pieces
    }
}
