/// The panes that can have focus.
public enum Pane: Sendable, Hashable {
    /// The context → namespace → key tree.
    case tree
    /// The selected value.
    case value
}
