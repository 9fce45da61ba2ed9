/// The panes that can have focus.
public enum Pane: Sendable, Hashable {
    /// The context → namespace → key tree.
    case tree
    /// The selected value.
    case value

    // MARK: Drawer panes (history, scratch, workspace)
    /// The engine's history, newest first.
    case history
    /// The scratch notes.
    case scratch
    /// The workspace debug pane.
    case workspace
}
