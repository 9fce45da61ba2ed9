public import MeteorFormat

/// What the tree browser reads: contexts, namespaces and keys in listing order (SPEC §9).
///
/// `MeteorEngine` conforms in the app; tests use small in-memory sources. ``generation`` changes
/// whenever the data may have changed, ``keysGeneration`` only when keys may have: the tree
/// and the search corpus are rebuilt only then, so editing a value costs no rebuild.
public protocol TreeDataSource: AnyObject {
    /// A number that changes after every mutation.
    var generation: Int { get }
    /// A number that changes after every mutation that may add, remove, rename or reorder
    /// keys; the tree's structure is rebuilt only when it changes.
    var keysGeneration: Int { get }
    /// The contexts, sorted.
    func treeContexts() -> [Context]
    /// The non-empty namespaces of a context, sorted.
    func treeNamespaces(in context: Context) -> [Namespace]
    /// The keys of a namespace, in insertion order.
    func treeKeys(in context: Context, _ namespace: Namespace) -> [Key]
    /// How many keys a namespace holds, without listing them.
    func treeKeyCount(in context: Context, _ namespace: Namespace) -> Int
    /// The value at an address, if any.
    func treeValue(at address: Address) -> String?
    /// The values of a namespace, in key order: what searching values scans.
    func treeValues(in context: Context, _ namespace: Namespace) -> [String]
}

extension TreeDataSource {
    /// The keys generation of a source that does not tell value edits apart: ``generation``.
    public var keysGeneration: Int { generation }

    /// The values of a namespace, one lookup per key; sources with a faster walk replace it.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: The values, in key order.
    public func treeValues(in context: Context, _ namespace: Namespace) -> [String] {
        treeKeys(in: context, namespace).map {
            treeValue(at: Address(context, namespace, $0)) ?? ""
        }
    }
}
