extension Keymap {
    /// Search, filter and fuzzy jump: the browse keys, then the keys of their fields (text
    /// editing keys work in every field and are listed once in docs/tui.md).
    ///
    /// Backward search has no key of its own (`?` is help): `/` then `N` searches backward,
    /// and `config.toml` can bind `search-backward`, to `?` as in vi for instance.
    static let searchBindings: [KeyBinding] = [
        KeyBinding([.character("/")], .search(.forward), help: "search keys forward"),
        KeyBinding([.character("n")], .searchNext, help: "next search hit"),
        KeyBinding([.character("N")], .searchPrevious, help: "previous search hit"),
        KeyBinding([.character("f")], .editFilter, help: "filter keys by pattern"),
        KeyBinding([.character("F")], .clearFilter, help: "clear the filter"),
        KeyBinding([.control("p")], .fuzzyJump, help: "jump to a key (fuzzy)"),
        KeyBinding(
            [.tab], .toggleSearchValues, scope: .search, help: "search: keys or values",
            isHint: true),
        KeyBinding(
            [.control("v")], .toggleSearchValues, scope: .search, help: "search: keys or values",
            isHint: true),
        KeyBinding(
            [.enter], .acceptSearch, scope: .search, help: "search: stay at the hit", isHint: true),
        KeyBinding(
            [.escape], .cancel, scope: .search, help: "search: back to the start", isHint: true),
        KeyBinding([.enter], .acceptSearch, scope: .filter, help: "filter: keep it", isHint: true),
        KeyBinding(
            [.escape], .cancel, scope: .filter, help: "filter: put the previous filter back",
            isHint: true),
        KeyBinding(
            [.enter], .acceptSearch, scope: .fuzzy, help: "jump: go to the key", isHint: true),
        KeyBinding([.down], .move(.down), scope: .fuzzy, help: "jump: next hit", isHint: true),
        KeyBinding(
            [.control("n")], .move(.down), scope: .fuzzy, help: "jump: next hit", isHint: true),
        KeyBinding([.up], .move(.up), scope: .fuzzy, help: "jump: previous hit", isHint: true),
        KeyBinding(
            [.control("p")], .move(.up), scope: .fuzzy, help: "jump: previous hit", isHint: true),
        KeyBinding([.escape], .cancel, scope: .fuzzy, help: "jump: close", isHint: true),
    ]
}
