import MeteorKit

/// The drawer: history, scratch and workspace panes side by side along the bottom, under the
/// tree and value panes.
///
/// A drawer keeps the tree and the value in view while a pane is open, and gives the history
/// the full width its rows need. It takes 45% of the pane area (at least 5 rows, and never
/// the last 3 rows of the tree); open panes share its width equally.
extension Screen {
    /// Splits the screen for a state: the layout for its size, plus the drawer of open panes.
    ///
    /// - Parameter state: The app state.
    /// - Returns: The regions.
    public static func layout(_ state: AppState) -> Regions {
        var regions = layout(state.size)
        let open = state.panes.open
        guard !open.isEmpty else { return regions }
        let total = regions.tree.height
        let height = min(max(5, total * 9 / 20), max(0, total - 3))
        guard height >= 3 else { return regions }
        regions.tree.height -= height
        regions.value.height -= height
        let drawer = Rect(
            x: regions.tree.x, y: regions.tree.maxY, width: regions.value.maxX - regions.tree.x,
            height: height)
        let parts = drawer.split(.horizontal, open.map { _ in Constraint.fill(1) })
        for (pane, rect) in zip(open, parts) { regions.drawer[pane] = rect }
        return regions
    }

    /// Draws the open drawer panes.
    static func renderDrawer(
        _ state: AppState, regions: Regions, reducer: Reducer, into buffer: inout ScreenBuffer
    ) {
        let engine = reducer.document.engine
        let panes = state.panes
        for pane in panes.open {
            guard let rect = regions.drawer[pane] else { continue }
            let focused = state.focus == pane
            switch pane {
            case .history:
                let title = HistoryPane.title(
                    engine, index: reducer.historyIndex, failedOnly: panes.historyFailedOnly)
                let inside = Box.draw(rect, title: title, focused: focused, into: &buffer)
                var cursor = panes.history
                cursor.clamp(
                    count: reducer.historyIndex.count(engine, failedOnly: panes.historyFailedOnly),
                    height: inside.height)
                HistoryPane(
                    engine: engine, index: reducer.historyIndex, cursor: cursor,
                    failedOnly: panes.historyFailedOnly, zone: panes.timeZone, focused: focused,
                    showAllKey: reducer.keymap.key(
                        for: .history(.toggleFailedOnly), in: .history)
                ).render(in: inside, into: &buffer)
            case .scratch:
                let slots = engine.scratch
                let inside = Box.draw(
                    rect, title: "Scratch notes (\(slots.count.grouped))", focused: focused,
                    into: &buffer)
                var cursor = panes.scratch
                cursor.clamp(count: slots.count, height: inside.height)
                ScratchPane(
                    slots: slots, cursor: cursor, focused: focused,
                    addKey: reducer.keymap.key(for: .scratch(.add), in: .scratch)
                )
                .render(in: inside, into: &buffer)
            case .workspace:
                let inside = Box.draw(rect, title: "Workspace", focused: focused, into: &buffer)
                WorkspacePane(engine: engine, cursor: panes.workspace)
                    .render(in: inside, into: &buffer)
            case .tree, .value:
                break
            }
        }
    }
}
