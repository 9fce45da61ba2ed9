import MeteorKit

extension Screen {
    /// The status bar for the state: every piece it can show, gathered in one place.
    static func statusBar(_ state: AppState, reducer: Reducer, rows: VisibleRows) -> StatusBar {
        let engine = reducer.document.engine
        let selected = rows.count > 0 ? rows.id(at: state.browser.selectedRow) : nil
        return StatusBar(
            document: reducer.document.displayName, isDirty: reducer.document.hasUnsavedChanges,
            path: selected.map(path), row: selected == nil ? nil : state.browser.selectedRow + 1,
            rowCount: rows.count, hits: hitCount(state, reducer: reducer, selected: selected),
            entryCount: engine.entryCount, profile: engine.limits.profile.rawValue,
            message: state.status)
    }

    /// A node's full path: `app:ui:theme`, `app:ui.widgets`, `app`.
    static func path(_ id: TreeNodeID) -> String {
        switch id {
        case .context(let context): context.name
        case .folder(let context, let prefix): "\(context.name):\(prefix)"
        case .key(let address): address.description
        }
    }

    /// The hit counter of the remembered search: found by binary search in the hits the
    /// search cache already holds, so drawing never scans; nil when it holds none for the
    /// current data (after an edit, until the next `n`).
    static func hitCount(_ state: AppState, reducer: Reducer, selected: TreeNodeID?)
        -> StatusBar.HitCount?
    {
        guard let query = state.search.last,
            let hits = reducer.cache.search.cachedHits(
                query, filter: state.browser.filter, index: reducer.cache.currentIndex())
        else { return nil }
        var current: Int?
        if let hit = state.search.lastHit, selected == .key(hit.address) {
            var low = 0
            var high = hits.count
            while low < high {
                let middle = (low + high) / 2
                if Int(hits[middle]) < hit.position { low = middle + 1 } else { high = middle }
            }
            if low < hits.count, Int(hits[low]) == hit.position { current = low + 1 }
        }
        return StatusBar.HitCount(current: current, total: hits.count)
    }

    /// The value pane's title: with the selected value's size and line count.
    static func valueTitle(_ value: String?) -> String {
        guard let value else { return "Value" }
        let bytes = value.utf8.count
        let lines = value.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return "Value · \(bytes.grouped) byte\(bytes == 1 ? "" : "s") · "
            + "\(lines.grouped) line\(lines == 1 ? "" : "s")"
    }
}
