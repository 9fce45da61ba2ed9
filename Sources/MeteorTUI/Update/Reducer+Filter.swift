import MeteorFormat

/// The live tree filter (`f`, `F`, `--filter`).
extension Reducer {
    func filterKey(_ key: KeyPress, field: FilterField, state: inout AppState) -> [Effect] {
        var field = field
        switch keymap.resolve([key], in: .filter) {
        case .action(.cancel):
            state.browser = field.origin
            state.search = field.originSearch
            state.mode = .browse
            reconcile(&state)
            return []
        case .action(.acceptSearch):
            if let problem = field.problem {
                let escape = keymap.key(for: .cancel, in: .filter).map { " or press \($0)" }
                state.status = StatusMessage(
                    "fix the pattern\(escape ?? ""): \(problem.prefix { $0 != "\n" })",
                    isError: true)
                return [.bell]
            }
            state.mode = .browse
            if let filter = state.browser.filter {
                let count = cache.search.filtered(filter, index: cache.currentIndex()).matchCount
                state.status = StatusMessage(
                    "filter \(filter.effectivePattern): \(count.grouped) key\(count == 1 ? "" : "s")"
                )
            } else if field.origin.filter != nil {
                state.status = StatusMessage("filter cleared")
            }
            return []
        default:
            guard field.editor.handle(key) else { return [.bell] }
        }
        apply(&field, state: &state)
        state.mode = .filtering(field)
        return []
    }

    /// Applies the field's text to the tree, or records why it cannot.
    private func apply(_ field: inout FilterField, state: inout AppState) {
        let text = field.editor.text
        guard !text.isEmpty else {
            field.problem = nil
            setFilter(nil, base: field.baseExpanded, state: &state)
            return
        }
        do {
            let filter = try TreeFilter(parsing: text)
            field.problem = nil
            setFilter(filter, base: field.baseExpanded, state: &state)
        } catch {
            field.problem = error.diagnostic.rendered()
        }
    }

    /// Sets or removes the filter.
    ///
    /// A filter opens the paths to its matches on top of `base`, the expansion without a
    /// filter, which comes back when the filter goes.
    ///
    /// - Parameters:
    ///   - filter: The filter, or nil to remove it.
    ///   - base: The expansion without a filter.
    ///   - state: The state to update.
    func setFilter(_ filter: TreeFilter?, base: Set<TreeNodeID>, state: inout AppState) {
        let selected = state.browser.selectedID
        state.browser.filter = filter
        if let filter {
            let filtered = cache.search.filtered(filter, index: cache.currentIndex())
            state.browser.expanded = base.union(filtered.pathsToMatches)
            state.search.expandedBeforeFilter = base
        } else {
            state.browser.expanded = base
            state.search.expandedBeforeFilter = nil
            // Keep the selection in sight once the filter is gone.
            if let selected { state.browser.reveal(selected) }
        }
        let rows = cache.visibleRows(for: state.browser)
        if let selected, let row = rows.index(of: selected) {
            state.browser.select(row: row, rows: rows)
        } else {
            state.browser.select(row: firstKeyRow(rows) ?? 0, rows: rows)
        }
        state.valuePane.scrollTop = 0
    }

    func clearFilter(state: inout AppState) {
        guard state.browser.filter != nil else {
            let set = keymap.key(for: .editFilter).map { "; \($0) sets one" }
            state.status = StatusMessage("no filter to clear\(set ?? "")")
            return
        }
        setFilter(
            nil, base: state.search.expandedBeforeFilter ?? state.browser.expanded, state: &state)
        state.status = StatusMessage("filter cleared")
    }

    /// The first row that shows a key.
    private func firstKeyRow(_ rows: VisibleRows) -> Int? {
        for (number, segment) in rows.segments.enumerated() {
            if case .keys = segment { return rows.starts[number] }
        }
        return nil
    }
}

extension Reducer {
    /// Applies a filter that is set but not yet applied (`meteor tui --filter`): it opens the
    /// paths to its matches, on top of the expansion the state starts with.
    func applyPendingFilter(_ state: inout AppState) {
        guard let filter = state.browser.filter, state.search.expandedBeforeFilter == nil else {
            return
        }
        setFilter(filter, base: state.browser.expanded, state: &state)
    }
}
