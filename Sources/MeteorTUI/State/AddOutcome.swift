public import MeteorFormat

/// What Enter in the add dialog will do with the key typed so far; shown live under the field.
public enum AddOutcome: Sendable, Hashable, CustomStringConvertible {
    /// Adds the key to a namespace that exists.
    case adds(Address)
    /// Adds the key and, with it, its namespace.
    case addsNamespace(Address)
    /// Adds the key and, with it, its context and namespace.
    case addsContext(Address)
    /// The key exists: its value will be replaced.
    case replaces(Address)

    /// The address the key will have.
    public var address: Address {
        switch self {
        case .adds(let address), .addsNamespace(let address), .addsContext(let address),
            .replaces(let address):
            address
        }
    }

    /// "adds app:ui:theme", "adds app:new:key, in a new namespace app:new".
    public var description: String {
        switch self {
        case .adds(let address): "adds \(address)"
        case .addsNamespace(let address) where address.namespace.isRoot:
            "adds \(address), in the root namespace of \(address.context)"
        case .addsNamespace(let address):
            "adds \(address), in a new namespace \(address.context):\(address.namespace)"
        case .addsContext(let address): "adds \(address), in a new context \(address.context)"
        case .replaces(let address): "\(address) exists; its value will be replaced"
        }
    }
}
