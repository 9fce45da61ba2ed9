extension TreeView {
    /// Highlights the search text in a key label drawn at `column`.
    static func paintMatches(
        of needle: TextNeedle, in label: String, column: Int, row: Int, maxX: Int,
        into buffer: inout ScreenBuffer
    ) {
        let ranges = needle.occurrences(in: label)
        guard !ranges.isEmpty else { return }
        MatchPainter.paint(
            { bytes in ranges.contains { $0.overlaps(bytes) } }, in: label, column: column,
            row: row, maxX: maxX, into: &buffer)
    }
}
