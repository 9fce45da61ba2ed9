public import MeteorFormat

/// The identity of a tree row, stable across rebuilds.
public enum TreeNodeID: Sendable, Hashable {
    /// A context.
    case context(Context)
    /// A namespace folder: a dotted prefix inside a context, which may also be a namespace
    /// with keys. The root namespace is the prefix `""`.
    case folder(Context, String)
    /// A key.
    case key(Address)

    /// The context the node belongs to.
    public var context: Context {
        switch self {
        case .context(let context), .folder(let context, _): context
        case .key(let address): address.context
        }
    }
}
