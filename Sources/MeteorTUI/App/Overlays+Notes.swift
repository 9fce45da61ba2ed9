import MeteorFormat

extension Overlays {
    /// A field dialog's notes wrapped to its width, led by the whole title when the border
    /// cuts it: so a long diagnostic, hint or path is read whole at 80 columns.
    ///
    /// - Parameters:
    ///   - notes: The notes, one line each before wrapping.
    ///   - title: The dialog's title.
    ///   - width: The columns inside the border.
    /// - Returns: The lines to draw.
    static func fitted(_ notes: [(String, ThemeRole)], title: String, width: Int) -> [(
        String, ThemeRole
    )] {
        var lines: [(String, ThemeRole)] = []
        if DisplayWidth.of(title) + 4 > width {
            lines += TextLayout.wrap(title, width: width).map { ($0, ThemeRole.title) }
        }
        for (text, role) in notes {
            lines += TextLayout.wrap(text, width: width).map { ($0, role) }
        }
        return lines
    }
}
