import MeteorFormat

/// One visible row of the tree, built only when it is on screen.
public struct TreeRow: Sendable, Hashable {
    /// What the row shows.
    public enum Kind: Sendable, Hashable {
        /// A context.
        case context
        /// A namespace folder; `isNamespace` when the prefix itself holds keys.
        case folder(isNamespace: Bool)
        /// A key.
        case key
    }

    /// The node's identity.
    public var id: TreeNodeID
    /// What the row shows.
    public var kind: Kind
    /// Indentation level: 0 for contexts.
    public var depth: Int
    /// The text shown: a context name, a namespace part, or a key in bracket form.
    public var label: String
    /// How many children the node has (0 for keys).
    public var childCount: Int
    /// Whether the node is expanded.
    public var isExpanded: Bool

    /// Whether the row can be expanded.
    public var isExpandable: Bool { childCount > 0 }
}
