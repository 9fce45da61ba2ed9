/// The visible part of a one-line text field, and where its cursor is.
///
/// The field scrolls only as far as the cursor needs: the text starts at the left edge until
/// the cursor would pass the right edge, then the cursor stays at the right edge. The window is
/// found by walking back from the cursor and forward from the window's start, so a frame costs
/// O(field width) whatever the length of the text (a 60,000-character value draws as fast as
/// a word).
struct TextFieldView {
    /// The field's text and cursor.
    var editor: LineEditor
    /// The role of the text.
    var role: ThemeRole

    /// The characters shown and the cursor's column inside the field.
    struct Window: Equatable {
        /// The characters shown (the last may be cut by the right edge).
        var characters: Range<Int>
        /// The cursor's column, from the field's left edge.
        var cursorColumn: Int
    }

    /// Draws the visible text in `area`'s first row, clipped to its width.
    ///
    /// - Parameters:
    ///   - area: The field; only its first row is used.
    ///   - buffer: The buffer.
    /// - Returns: The cursor cell, or nil when the area is empty.
    func render(in area: Rect, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
        guard !area.isEmpty else { return nil }
        let window = Self.window(editor, width: area.width, layout: buffer.layout)
        buffer.write(
            String(editor.characters[window.characters]), column: area.x, row: area.y,
            role: role, maxWidth: area.width)
        return (area.x + window.cursorColumn, area.y)
    }

    /// The window of a field `width` columns wide.
    ///
    /// - Parameters:
    ///   - editor: The field.
    ///   - width: The field's width in columns.
    ///   - layout: How characters are measured.
    /// - Returns: The characters to draw and the cursor column.
    static func window(_ editor: LineEditor, width: Int, layout: CellLayout) -> Window {
        let characters = editor.characters
        let width = max(1, width)
        // Characters of width 0 (a lone joiner) would make the walks unbounded; past this many
        // steps the window is cut short instead.
        let maximumSteps = 4 * width + 16
        var start = editor.cursor
        var before = 0
        while start > 0, editor.cursor - start < maximumSteps {
            let step = layout.width(of: characters[start - 1])
            // The cursor needs its own cell inside the field.
            guard before + step <= width - 1 else { break }
            before += step
            start -= 1
        }
        var end = start
        var shown = 0
        while end < characters.count, shown < width, end - start < maximumSteps {
            shown += layout.width(of: characters[end])
            end += 1
        }
        return Window(characters: start..<end, cursorColumn: before)
    }
}
