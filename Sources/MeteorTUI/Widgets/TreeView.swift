/// Renders the visible part of the tree: indentation, open/closed markers, child counts on
/// closed nodes, and the selection.
struct TreeView {
    var rows: VisibleRows
    var state: BrowserState
    var focused: Bool
    /// Text to highlight in key labels: the current search.
    var highlight: TextNeedle?
    /// What an empty tree says.
    var emptyText = ""

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        if rows.count == 0 {
            buffer.write(
                emptyText, column: area.x, row: area.y, role: .muted,
                maxWidth: area.width)
            return
        }
        for line in 0..<area.height {
            let index = state.scrollTop + line
            guard let row = rows.row(index) else { break }
            let y = area.y + line
            var column = area.x + min(row.depth * 2, max(0, area.width - 4))
            let marker: String
            switch row.kind {
            case .key: marker = "  "
            default: marker = row.isExpandable ? (row.isExpanded ? "▾ " : "▸ ") : "  "
            }
            column += buffer.write(
                marker, column: column, row: y, role: .muted, maxWidth: area.maxX - column)
            let role: ThemeRole
            switch row.kind {
            case .context: role = .context
            case .folder(let isNamespace): role = isNamespace ? .namespace : .muted
            case .key: role = .key
            }
            let labelColumn = column
            column += buffer.write(
                row.label, column: column, row: y, role: role, maxWidth: area.maxX - column)
            if row.kind != .key, !row.isExpanded, row.childCount > 0 {
                buffer.write(
                    " (\(row.childCount.grouped))", column: column, row: y, role: .muted,
                    maxWidth: area.maxX - column)
            }
            if index == state.selectedRow {
                buffer.paint(
                    Rect(x: area.x, y: y, width: area.width, height: 1),
                    role: focused ? .selection : .inactiveSelection)
            }
            if let highlight, row.kind == .key {
                Self.paintMatches(
                    of: highlight, in: row.label, column: labelColumn, row: y,
                    maxX: area.maxX, into: &buffer)
            }
        }
    }
}
