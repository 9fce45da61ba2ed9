/// Draws a bordered box with a title, and gives back the inside.
public enum Box {
    /// Draws the border of `rect` with a title in the top edge.
    ///
    /// - Parameters:
    ///   - rect: The box, border included.
    ///   - title: The title; cut with `…` when it does not fit.
    ///   - focused: Whether the pane has focus (another border role).
    ///   - buffer: The buffer to draw into.
    /// - Returns: The area inside the border.
    @discardableResult
    public static func draw(
        _ rect: Rect, title: String, focused: Bool, into buffer: inout ScreenBuffer
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else {
            return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        }
        let role: ThemeRole = focused ? .focusedBorder : .border
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("┌" + horizontal + "┐", column: rect.x, row: rect.y, role: role)
        buffer.write("└" + horizontal + "┘", column: rect.x, row: rect.maxY - 1, role: role)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write("│", column: rect.x, row: row, role: role)
            buffer.write("│", column: rect.maxX - 1, row: row, role: role)
        }
        if rect.width > 6 {
            buffer.write(
                " \(TextLayout.elide(title, width: rect.width - 6)) ", column: rect.x + 2,
                row: rect.y, role: focused ? .title : .border, maxWidth: rect.width - 4)
        }
        return rect.inset(by: 1)
    }
}
