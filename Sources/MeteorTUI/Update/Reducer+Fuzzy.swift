/// Fuzzy jump (Ctrl-P): a palette of addresses ranked as you type.
extension Reducer {
    func jumpKey(_ key: KeyPress, palette: FuzzyPalette, state: inout AppState) -> [Effect] {
        var palette = palette
        switch keymap.resolve([key], in: .fuzzy) {
        case .action(.cancel):
            state.mode = .browse
            return []
        case .action(.acceptSearch):
            state.mode = .browse
            guard palette.hits.indices.contains(palette.selected) else { return [] }
            jump(to: palette.hits[palette.selected], state: &state)
            return []
        case .action(.move(let motion)):
            let last = max(0, palette.hits.count - 1)
            palette.selected = min(last, max(0, palette.selected + (motion == .up ? -1 : 1)))
        default:
            let before = palette.editor.text
            guard palette.editor.handle(key) else { return [.bell] }
            if palette.editor.text != before { refreshHits(&palette, state: state) }
        }
        state.mode = .jumping(palette)
        return []
    }

    /// Ranks the addresses for the palette's query; the filter, if any, limits them.
    func refreshHits(_ palette: inout FuzzyPalette, state: AppState) {
        let index = cache.currentIndex()
        let corpus = cache.search.corpus(for: index)
        let (best, matchCount) = cache.search.fuzzyHits(
            palette.editor.text, limit: FuzzyPalette.limit, filter: state.browser.filter,
            index: index)
        palette.hits = best.map(corpus.address(at:))
        palette.matchCount = matchCount
        palette.selected = 0
    }
}
