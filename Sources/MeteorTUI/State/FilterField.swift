/// The filter field (`f`): the tree follows every keystroke; Esc puts back what was there.
public struct FilterField: Sendable, Hashable {
    /// The text typed.
    public var editor: LineEditor
    /// The rendered diagnostic of the text typed, shown under the field; the tree keeps the
    /// last valid filter meanwhile.
    public var problem: String?
    /// The tree before the edit, filter included: what Esc restores.
    public var origin: BrowserState
    /// The search state before the edit.
    public var originSearch: SearchState
    /// The expansion without any filter, which each filter opens its matches on top of.
    public var baseExpanded: Set<TreeNodeID>

    /// Creates a field on the current tree.
    ///
    /// - Parameters:
    ///   - origin: The tree now.
    ///   - search: The search state now.
    public init(origin: BrowserState, search: SearchState) {
        editor = LineEditor(origin.filter?.text ?? "")
        self.origin = origin
        originSearch = search
        baseExpanded = search.expandedBeforeFilter ?? origin.expanded
    }
}
