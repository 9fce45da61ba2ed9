import MeteorFormat

/// Incremental search (`/`, `?`, `n`, `N`) and the key dispatch of the search, filter and
/// jump fields.
extension Reducer {
    /// Performs a search, filter or jump action from browse mode.
    func performSearch(_ action: Action, state: inout AppState) -> [Effect] {
        switch action {
        case .search(let direction):
            state.mode = .searching(
                SearchField(
                    direction: direction, origin: state.browser,
                    originValueScroll: state.valuePane.scrollTop))
        case .searchNext, .searchPrevious:
            repeatSearch(reversed: action == .searchPrevious, state: &state)
        case .editFilter:
            state.mode = .filtering(FilterField(origin: state.browser, search: state.search))
        case .clearFilter:
            clearFilter(state: &state)
        case .fuzzyJump:
            var palette = FuzzyPalette()
            refreshHits(&palette, state: state)
            state.mode = .jumping(palette)
        default:
            break
        }
        return []
    }

    /// Handles a key in the search, filter or jump field: a field binding, else text editing.
    func searchFieldKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        switch state.mode {
        case .searching(let field):
            return searchKey(key, field: field, state: &state)
        case .filtering(let field):
            return filterKey(key, field: field, state: &state)
        case .jumping(let palette):
            return jumpKey(key, palette: palette, state: &state)
        default:
            return []
        }
    }

    private func searchKey(_ key: KeyPress, field: SearchField, state: inout AppState)
        -> [Effect]
    {
        var field = field
        switch keymap.resolve([key], in: .search) {
        case .action(.cancel):
            state.browser = field.origin
            state.valuePane.scrollTop = field.originValueScroll
            state.mode = .browse
            return []
        case .action(.acceptSearch):
            return acceptSearch(field, state: &state)
        case .action(.toggleSearchValues):
            field.inValues.toggle()
        default:
            guard field.editor.handle(key) else { return [.bell] }
        }
        runSearch(&field, state: &state)
        state.mode = .searching(field)
        return []
    }

    private func acceptSearch(_ field: SearchField, state: inout AppState) -> [Effect] {
        var field = field
        if field.editor.text.isEmpty {
            guard let last = state.search.last else {
                state.mode = .browse
                return []
            }
            // An empty search repeats the last one, as in vi.
            field.editor = LineEditor(last.text)
            field.inValues = last.inValues
        }
        let query = SearchQuery(
            text: field.editor.text, direction: field.direction, inValues: field.inValues)
        state.search.last = query
        state.mode = .browse
        let hit = runSearch(&field, state: &state)
        remember(hit, of: query, state: &state)
        report(query, found: hit != nil, wrapped: hit?.wrapped ?? false, state: &state)
        return []
    }

    /// Keeps where a search landed and finds all its hits once, for the hit counter.
    private func remember(
        _ hit: (address: Address, position: Int, wrapped: Bool)?, of query: SearchQuery,
        state: inout AppState
    ) {
        state.search.lastHit = hit.map { SearchHit(address: $0.address, position: $0.position) }
        guard hit != nil else { return }
        _ = cache.search.hits(query, filter: state.browser.filter, index: cache.currentIndex())
    }

    /// Searches from the field's origin and moves there; returns the hit.
    @discardableResult
    private func runSearch(_ field: inout SearchField, state: inout AppState) -> (
        address: Address, position: Int, wrapped: Bool
    )? {
        state.browser = field.origin
        state.valuePane.scrollTop = field.originValueScroll
        guard !field.editor.text.isEmpty else {
            field.found = nil
            return nil
        }
        let query = SearchQuery(
            text: field.editor.text, direction: field.direction, inValues: field.inValues)
        let hit = find(query, from: field.origin, state: state)
        field.found = hit != nil
        if let hit { jump(to: hit.address, state: &state) }
        return hit
    }

    private func repeatSearch(reversed: Bool, state: inout AppState) {
        guard var query = state.search.last else {
            let search = keymap.key(for: .search(.forward)).map { ": press \($0) to search" }
            state.status = StatusMessage("no search yet\(search ?? "")", isError: true)
            return
        }
        if reversed { query.direction = query.direction.reversed }
        let hit = find(query, from: state.browser, state: state)
        if let hit { jump(to: hit.address, state: &state) }
        remember(hit, of: query, state: &state)
        report(query, found: hit != nil, wrapped: hit?.wrapped ?? false, state: &state)
    }

    private func report(_ query: SearchQuery, found: Bool, wrapped: Bool, state: inout AppState) {
        if !found {
            let place = query.inValues ? "in values" : "in keys"
            state.status = StatusMessage("not found \(place): \(query.text)", isError: true)
        } else if wrapped {
            state.status = StatusMessage(
                query.direction == .forward
                    ? "search hit the bottom, continued at the top"
                    : "search hit the top, continued at the bottom")
        }
    }

    /// The next hit after (or before) the selection of `browser`, in document order.
    private func find(_ query: SearchQuery, from browser: BrowserState, state: AppState)
        -> (address: Address, position: Int, wrapped: Bool)?
    {
        let index = cache.currentIndex()
        let corpus = cache.search.corpus(for: index)
        let rows = cache.visibleRows(for: browser)
        let selected = browser.selectedID ?? rows.row(browser.selectedRow)?.id
        let forward = query.direction == .forward
        var start = forward ? 0 : corpus.count - 1
        if let selected, let range = corpus.positions(of: selected, index: index) {
            if case .key = selected {
                start = forward ? range.lowerBound + 1 : range.lowerBound - 1
            } else {
                start = forward ? range.lowerBound : range.lowerBound - 1
            }
        }
        guard
            let position = corpus.find(
                query.needle, inValues: query.inValues, from: start, direction: query.direction,
                allowed: cache.search.allowed(browser.filter, index: index))
        else { return nil }
        let wrapped = forward ? position < start : position > start
        return (corpus.address(at: position), position, wrapped)
    }

    /// Selects a key, opening its context and namespace folders.
    func jump(to address: Address, state: inout AppState) {
        state.browser.reveal(.key(address))
        let rows = cache.visibleRows(for: state.browser)
        if let row = rows.index(of: .key(address)) {
            state.browser.select(row: row, rows: rows)
        }
        state.valuePane.scrollTop = 0
    }
}
