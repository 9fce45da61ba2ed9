import MeteorKit

/// Draws a whole frame from the state.
///
/// Pure, no I/O: the same state always draws the same frame.
public enum Screen {
    /// Where each part of the screen goes.
    public struct Regions: Sendable, Hashable {
        /// The tree pane, border included.
        public var tree: Rect
        /// The value pane, border included.
        public var value: Rect
        /// The key hint line.
        public var hints: Rect
        /// The status line.
        public var status: Rect
        /// The open drawer panes (history, scratch, workspace), border included.
        public var drawer: [Pane: Rect] = [:]
    }

    /// Splits the screen: panes side by side, then the hint line and the status line.
    ///
    /// - Parameter size: The terminal size.
    /// - Returns: The regions.
    public static func layout(_ size: Size) -> Regions {
        let rows = Rect(size).split(.vertical, [.fill(1), .length(1), .length(1)])
        let panes = rows[0].split(
            .horizontal, [.percentage(size.width >= 100 ? 35 : 42), .fill(1)])
        return Regions(tree: panes[0], value: panes[1], hints: rows[1], status: rows[2])
    }

    /// Renders the frame.
    ///
    /// - Parameters:
    ///   - state: The app state.
    ///   - reducer: The reducer, for the document, keymap and tree cache.
    ///   - cellLayout: How the terminal cuts text into cells.
    /// - Returns: The frame and the text cursor position, if a field has focus.
    public static func render(
        _ state: AppState, reducer: Reducer, cellLayout: CellLayout = CellLayout()
    ) -> (ScreenBuffer, (column: Int, row: Int)?) {
        var buffer = ScreenBuffer(size: state.size, layout: cellLayout)
        if state.isTooSmall {
            buffer.write("terminal too small", column: 0, row: 0, role: .warning)
            buffer.write(
                "need \(AppState.minimumSize), have \(state.size)", column: 0, row: 1, role: .muted)
            buffer.write("q quits", column: 0, row: 2, role: .muted)
            return (buffer, nil)
        }
        let regions = layout(state)
        let engine = reducer.document.engine
        let rows = reducer.cache.visibleRows(for: state.browser)
        let treeArea = Box.draw(
            regions.tree, title: treeTitle(state, reducer: reducer), focused: state.focus == .tree,
            into: &buffer)
        TreeView(
            rows: rows, state: state.browser, focused: state.focus == .tree,
            highlight: searchHighlight(state),
            emptyText: rows.count == 0 ? emptyTreeText(state, keymap: reducer.keymap) : ""
        )
        .render(in: treeArea, into: &buffer)
        let selected = rows.count > 0 ? rows.id(at: state.browser.selectedRow) : nil
        var address: Address?
        if case .key(let key)? = selected { address = key }
        let value = address.flatMap(engine.get)
        let valueArea = Box.draw(
            regions.value, title: valueTitle(value), focused: state.focus == .value,
            into: &buffer)
        ValueView(address: address, value: value, options: state.valuePane)
            .render(in: valueArea, into: &buffer)
        renderDrawer(state, regions: regions, reducer: reducer, into: &buffer)
        HintBar(hints: reducer.keymap.hints(for: state)).render(in: regions.hints, into: &buffer)
        statusBar(state, reducer: reducer, rows: rows).render(in: regions.status, into: &buffer)
        let cursor = Overlays.render(state, reducer: reducer, into: &buffer)
        return (buffer, cursor)
    }
}
