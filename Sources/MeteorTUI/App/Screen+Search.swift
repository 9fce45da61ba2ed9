extension Screen {
    /// The tree pane's title: it names the filter while one is on.
    static func treeTitle(_ state: AppState, reducer: Reducer) -> String {
        guard let filter = state.browser.filter else { return "Tree" }
        let count = reducer.cache.search.filtered(filter, index: reducer.cache.currentIndex())
            .matchCount
        return "Tree · filter \(filter.text) (\(count.grouped))"
    }

    /// What an empty tree says: with a filter, that nothing matches.
    static func emptyTreeText(_ state: AppState, keymap: Keymap) -> String {
        if state.browser.filter == nil {
            return "(empty" + (keymap.key(for: .addKey).map { ": press \($0) to add a key" } ?? "")
                + ")"
        }
        return "(no key matches the filter"
            + (keymap.key(for: .clearFilter).map { "; \($0) clears it" } ?? "") + ")"
    }

    /// The text to highlight in key labels: what the search field holds, else the last search
    /// (value searches highlight nothing in the tree).
    static func searchHighlight(_ state: AppState) -> TextNeedle? {
        if case .searching(let field) = state.mode {
            return field.inValues || field.editor.text.isEmpty ? nil : TextNeedle(field.editor.text)
        }
        guard let last = state.search.last, !last.inValues else { return nil }
        return last.needle
    }
}
