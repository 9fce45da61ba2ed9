/// Holds the tree index and visible rows between frames, rebuilding them only when the data's
/// keys generation, the set of expanded nodes or the filter changed (a value edit keeps them).
///
/// This is the one piece of the browser that is not a value: it is a cache, never state. Two
/// caches given the same source and ``BrowserState`` produce the same rows.
public final class TreeCache {
    private let source: any TreeDataSource
    private var index: TreeIndex?
    private var rows: VisibleRows?
    private var expandedSnapshot: Set<TreeNodeID> = []
    private var filterSnapshot: TreeFilter?
    /// Search, filter and fuzzy-jump data for the same source.
    let search: SearchCache

    /// Creates a cache over a data source.
    ///
    /// - Parameter source: The data.
    public init(source: any TreeDataSource) {
        self.source = source
        self.search = SearchCache(source: source)
    }

    /// The current tree structure.
    func currentIndex() -> TreeIndex {
        if let index, index.keysGeneration == source.keysGeneration { return index }
        let fresh = TreeIndex(source: source)
        index = fresh
        rows = nil
        return fresh
    }

    /// The visible rows for a state.
    func visibleRows(for state: BrowserState) -> VisibleRows {
        let index = currentIndex()
        if let rows, expandedSnapshot == state.expanded, filterSnapshot == state.filter {
            return rows
        }
        let fresh = VisibleRows(
            index: index, expanded: state.expanded,
            filter: state.filter.map { search.filtered($0, index: index) })
        rows = fresh
        expandedSnapshot = state.expanded
        filterSnapshot = state.filter
        return fresh
    }

    /// The value shown for a key row.
    func value(at id: TreeNodeID) -> String? {
        guard case .key(let address) = id else { return nil }
        return source.treeValue(at: address)
    }
}
