/// What search and filter remember between keys: the last accepted search, and the expansion
/// the tree had before a filter opened the paths to its matches.
public struct SearchState: Sendable, Hashable {
    /// The last search accepted with Enter, for `n`, `N` and highlighting.
    public var last: SearchQuery?
    /// Where that search, `n` or `N` last landed, for the hit counter.
    public var lastHit: SearchHit?
    /// The expanded nodes before the filter was set; restored when it is cleared.
    public var expandedBeforeFilter: Set<TreeNodeID>?

    /// Creates an empty state: no search, no filter.
    public init() {}
}
