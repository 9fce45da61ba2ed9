extension Pane {
    /// The drawer panes, in the order they sit side by side.
    public static let drawerOrder: [Pane] = [.history, .scratch, .workspace]

    /// Whether the pane lives in the bottom drawer (history, scratch, workspace).
    public var isDrawer: Bool { Self.drawerOrder.contains(self) }

    /// The key scope of the pane's own bindings; nil for the tree and value panes, which use
    /// the browse bindings only.
    public var keyScope: KeyBinding.Scope? {
        switch self {
        case .history: .history
        case .scratch: .scratch
        case .workspace: .workspace
        case .tree, .value: nil
        }
    }

    /// The pane's title.
    var title: String {
        switch self {
        case .tree: "Tree"
        case .value: "Value"
        case .history: "History"
        case .scratch: "Scratch"
        case .workspace: "Workspace"
        }
    }
}
