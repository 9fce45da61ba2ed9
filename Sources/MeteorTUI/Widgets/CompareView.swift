import MeteorFormat

/// The compare view: one namespace in two contexts, a row per key with a mark and both values.
///
/// Only the rows on screen look up their values, so a namespace of any size draws in time
/// proportional to the screen.
struct CompareView {
    var state: CompareState
    /// The value of an address (the engine's `get`).
    var value: (Address) -> String?
    /// The keys of the view, from the keymap, for its last line.
    var keys: [KeyChoice]

    /// The role each mark is drawn in.
    static func role(of mark: CompareState.Mark) -> ThemeRole {
        switch mark {
        case .same: .muted
        case .different: .warning
        case .onlyLeft: .diffRemoved
        case .onlyRight: .diffAdded
        }
    }

    /// A value on one line, clipped to `width` columns with `…`; line breaks show as symbols.
    static func oneLine(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let step = DisplayWidth.of(character)
            if used + step > max(0, width - 1) { break }
            result.append(character)
            used += step
        }
        return result + "…"
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(area, role: .dialog)
        let title =
            "Compare \(state.left.name):\(state.namespace.name) ↔ "
            + "\(state.right.name):\(state.namespace.name)"
        let inside = Box.draw(area, title: title, focused: true, into: &buffer)
        guard inside.height >= 4, inside.width >= 20 else { return }
        let markWidth = 2
        let keyWidth = max(8, min(28, inside.width * 28 / 100))
        let valueWidth = max(4, (inside.width - markWidth - keyWidth - 2) / 2)
        let leftX = inside.x + markWidth + keyWidth + 1
        let rightX = leftX + valueWidth + 1
        let header = inside.y
        buffer.write("key", column: inside.x + markWidth, row: header, role: .title)
        buffer.write(
            state.left.name, column: leftX, row: header, role: .title, maxWidth: valueWidth)
        buffer.write(
            state.right.name, column: rightX, row: header, role: .title,
            maxWidth: inside.maxX - rightX)
        let dataHeight = inside.height - 3
        for line in 0..<dataHeight {
            let row = state.scrollTop + line
            guard let left = state.address(row: row, onLeft: true),
                let right = state.address(row: row, onLeft: false)
            else { break }
            let y = inside.y + 1 + line
            let leftValue = value(left)
            let rightValue = value(right)
            let mark = CompareState.Mark.of(leftValue, rightValue)
            let role = Self.role(of: mark)
            buffer.write(mark.symbol, column: inside.x, row: y, role: role)
            buffer.write(
                Self.oneLine(left.key.bracket, width: keyWidth), column: inside.x + markWidth,
                row: y, role: .key, maxWidth: keyWidth)
            for (text, x, width) in [
                (leftValue, leftX, valueWidth), (rightValue, rightX, inside.maxX - rightX),
            ] {
                buffer.write(
                    text.map { Self.oneLine($0, width: width) } ?? "—", column: x, row: y,
                    role: text == nil ? .muted : (mark == .same ? .value : role), maxWidth: width)
            }
            if row == state.selectedRow {
                buffer.paint(
                    Rect(x: inside.x, y: y, width: inside.width, height: 1), role: .selection)
            }
        }
        let tally = [
            "\(state.keys.count.grouped) keys", "\((state.tally[.same] ?? 0).grouped) =",
            "\((state.tally[.different] ?? 0).grouped) ≠",
            "\((state.tally[.onlyLeft] ?? 0).grouped) ◀ only \(state.left.name)",
            "\((state.tally[.onlyRight] ?? 0).grouped) ▶ only \(state.right.name)",
        ].joined(separator: "  ")
        buffer.write(
            tally, column: inside.x, row: inside.maxY - 2, role: .text, maxWidth: inside.width)
        ChoiceLine(choices: keys, gap: "  ").render(
            column: inside.x, row: inside.maxY - 1, maxWidth: inside.width, into: &buffer)
    }
}
