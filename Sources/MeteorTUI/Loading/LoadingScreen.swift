/// The frame shown while a document loads: its name, the stage with a percentage, a bar, and
/// how to cancel.
///
/// Pure: the same progress and size always draw the same frame.
public enum LoadingScreen {
    /// Draws the loading frame.
    ///
    /// - Parameters:
    ///   - progress: What to show.
    ///   - size: The terminal size.
    /// - Returns: The frame.
    public static func render(_ progress: LoadingProgress, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let title = "loading \(progress.name)"
        let hint = "q or Ctrl-C cancels"
        // Tiny terminals get the text only, line by line, from the top.
        guard size.width >= 24, size.height >= 6 else {
            for (row, line) in [title, progress.summary, hint].enumerated() {
                buffer.write(line, column: 0, row: row, role: row == 2 ? .muted : .text)
            }
            return buffer
        }
        let width = min(size.width, 64)
        let box = Rect(
            x: (size.width - width) / 2, y: max(0, (size.height - 6) / 2), width: width, height: 6)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        buffer.write(
            progress.summary, column: inside.x + 1, row: inside.y, role: .text,
            maxWidth: inside.width - 2)
        bar(
            progress.percent,
            in: Rect(x: inside.x + 1, y: inside.y + 1, width: inside.width - 2, height: 1),
            into: &buffer)
        buffer.write(
            hint, column: inside.x + 1, row: inside.y + 3, role: .muted, maxWidth: inside.width - 2)
        return buffer
    }

    /// Whether an event typed on the loading screen cancels the load: `q`, Ctrl-C, Esc, or
    /// the terminal going away.
    ///
    /// - Parameter event: The event.
    /// - Returns: True to stop loading.
    public static func cancels(_ event: InputEvent) -> Bool {
        switch event {
        case .key(.character("q")), .key(.control("c")), .key(.escape), .endOfInput: true
        default: false
        }
    }

    /// A bar of `█` for the done part and `░` for the rest; all `░` when the total is unknown.
    static func bar(_ percent: Int?, in area: Rect, into buffer: inout ScreenBuffer) {
        guard area.width > 0 else { return }
        let filled = (percent ?? 0) * area.width / 100
        buffer.write(
            String(repeating: "█", count: filled), column: area.x, row: area.y, role: .success)
        buffer.write(
            String(repeating: "░", count: area.width - filled), column: area.x + filled,
            row: area.y, role: .muted)
    }
}
