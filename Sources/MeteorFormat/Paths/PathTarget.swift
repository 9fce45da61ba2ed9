/// What a path names: one entry, one namespace or one whole context (SPEC §7).
public enum PathTarget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One entry.
    case key(Address)
    /// Every entry of a namespace.
    case namespace(Context, Namespace)
    /// Every entry of a context.
    case context(Context)

    /// The context the target lies in.
    public var context: Context {
        switch self {
        case .key(let address): address.context
        case .namespace(let context, _), .context(let context): context
        }
    }

    /// "the key app:ui:button", "the namespace app:ui", "the context app".
    public var noun: String {
        switch self {
        case .key(let address): "the key \(address)"
        case .namespace(let context, let namespace): "the namespace \(context):\(namespace)"
        case .context(let context): "the context \(context)"
        }
    }

    /// The target as path text: `app:ui:button`, `app:ui:`, `app::`.
    public var description: String {
        switch self {
        case .key(let address): address.description
        case .namespace(let context, let namespace): "\(context):\(namespace):"
        case .context(let context): "\(context)::"
        }
    }
}
