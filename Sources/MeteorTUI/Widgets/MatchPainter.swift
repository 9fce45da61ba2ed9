/// Paints matched bytes of text already written to a buffer with the ``ThemeRole/match`` role,
/// mapping byte offsets to cells by display width.
enum MatchPainter {
    /// Paints the cells of the characters that hold a matched byte.
    ///
    /// - Parameters:
    ///   - isMatched: Whether a byte offset of `text` is part of a match.
    ///   - text: The text as written.
    ///   - column: Where the text starts.
    ///   - row: The row.
    ///   - maxX: The first column past the text's area.
    ///   - buffer: The buffer.
    static func paint(
        _ isMatched: (Range<Int>) -> Bool, in text: String, column: Int, row: Int, maxX: Int,
        into buffer: inout ScreenBuffer
    ) {
        var offset = 0
        var x = column
        for character in text {
            guard x < maxX else { return }
            let bytes = character.utf8.count
            let width = buffer.layout.width(of: character)
            if isMatched(offset..<offset + bytes) {
                buffer.paint(
                    Rect(x: x, y: row, width: min(max(1, width), maxX - x), height: 1),
                    role: .match)
            }
            offset += bytes
            x += width
        }
    }
}
