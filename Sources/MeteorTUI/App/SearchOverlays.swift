import MeteorFormat

/// Draws the search line, the filter field and the jump palette over the panes.
enum SearchOverlays {
    /// Draws the field of a search, filter or jump mode; returns where the cursor goes.
    static func render(_ state: AppState, reducer: Reducer, into buffer: inout ScreenBuffer)
        -> (column: Int, row: Int)?
    {
        let regions = Screen.layout(state.size)
        let panes = Rect(x: 0, y: 0, width: state.size.width, height: regions.hints.y)
        switch state.mode {
        case .searching(let field):
            return SearchLine(field: field, keymap: reducer.keymap).render(
                in: regions.hints, into: &buffer)
        case .filtering(let field):
            return filterField(field, state: state, reducer: reducer, in: panes, into: &buffer)
        case .jumping(let palette):
            let title = reducer.keymap.message(
                "Jump to key", [(.acceptSearch, "jumps"), (.cancel, "closes")], in: .fuzzy)
            return FuzzyPaletteView(palette: palette, title: title).render(in: panes, into: &buffer)
        default:
            return nil
        }
    }

    /// The filter field sits at the bottom of the panes so the tree above stays in sight.
    private static func filterField(
        _ field: FilterField, state: AppState, reducer: Reducer, in panes: Rect,
        into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        var notes: [(String, ThemeRole)] = []
        if let problem = field.problem {
            notes += problem.split(separator: "\n").map { (String($0), ThemeRole.error) }
            if let filter = state.browser.filter {
                notes.append(("the tree keeps the last valid filter: \(filter.text)", .warning))
            }
        } else if let filter = state.browser.filter {
            let count = reducer.cache.search.filtered(filter, index: reducer.cache.currentIndex())
                .matchCount
            notes.append(
                (
                    "\(count.grouped) key\(count == 1 ? "" : "s") match \(filter.effectivePattern)",
                    .text
                ))
        } else {
            notes.append(
                ("`*port*`, `app:ui*:*`, `*:**:theme`; no `:` means any namespace", .muted))
        }
        notes.append(
            (
                reducer.keymap.choices(in: .filter).map(\.text).joined(separator: " · ")
                    + " · empty clears", .muted
            ))
        let lines = Overlays.fitted(notes, title: "Filter", width: min(panes.width, 72) - 2)
        let height = min(panes.height, lines.count + 3)
        let area = Rect(
            x: panes.x, y: max(0, panes.maxY - 1 - height), width: panes.width, height: height)
        return Overlays.field(
            title: "Filter", label: "pattern", editor: field.editor, notes: notes, in: area,
            into: &buffer)
    }
}
