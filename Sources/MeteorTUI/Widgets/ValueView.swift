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

    /// Draws the lines on screen; lines below them are never cut out or measured, so a long
    /// value costs what is visible.
    private func renderBody(_ text: String, in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let gutter = options.showsLineNumbers ? String(Self.lineCount(of: text)).count + 1 : 0
        let textWidth = max(1, area.width - gutter)
        let needed = options.scrollTop + area.height
        var visual: [(number: Int?, text: Substring, clipped: Bool)] = []
        for (index, line) in Self.lines(of: text, limit: needed).enumerated() {
            guard visual.count < needed else { break }
            if options.wraps {
                let pieces = Self.wrap(
                    line, width: textWidth, layout: buffer.layout, limit: needed - visual.count)
                for (part, piece) in pieces.enumerated() {
                    visual.append((part == 0 ? index + 1 : nil, piece, false))
                }
            } else {
                visual.append((index + 1, line, buffer.layout.exceeds(line, width: textWidth)))
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
        lines(of: text, limit: .max).map(String.init)
    }

    /// The first `limit` lines of a value, cut at `\n` bytes: finding them scans bytes, never
    /// grapheme clusters, and stops after the last line asked for.
    static func lines(of text: String, limit: Int) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [Substring] = []
            var start = 0
            var offset = 0
            while offset < bytes.count, lines.count < limit {
                if bytes[offset] == UInt8(ascii: "\n") {
                    lines.append(slice(text, start..<offset))
                    start = offset + 1
                }
                offset += 1
            }
            if lines.count < limit { lines.append(slice(text, start..<bytes.count)) }
            return lines
        } ?? []
    }

    /// The text between two byte offsets that lie on scalar boundaries.
    private static func slice(_ text: String, _ bytes: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(start, offsetBy: bytes.count)
        return Substring(text.unicodeScalars[start..<end])
    }

    /// The number of lines of a value: its `\n` bytes plus one.
    static func lineCount(of text: String) -> Int {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        } ?? 1
    }

    /// Cuts a line into pieces of at most `width` columns, and stops after `limit` pieces.
    static func wrap<Line: StringProtocol>(
        _ line: Line, width: Int, layout: CellLayout = CellLayout(), limit: Int = .max
    ) -> [Substring] where Line.SubSequence == Substring {
        guard !line.isEmpty else { return [line[...]] }
        var pieces: [Substring] = []
        var start = line.startIndex
        var used = 0
        var index = line.startIndex
        while index < line.endIndex {
            let characterWidth = max(1, layout.width(of: line[index]))
            if used + characterWidth > width, used > 0 {
                pieces.append(line[start..<index])
                guard pieces.count < limit else { return pieces }
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
