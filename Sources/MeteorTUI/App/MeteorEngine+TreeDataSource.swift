public import MeteorKit

extension MeteorEngine: TreeDataSource {
    /// The contexts, sorted.
    public func treeContexts() -> [Context] { contexts }

    /// The namespaces of a context, sorted.
    ///
    /// - Parameter context: The context.
    /// - Returns: Its non-empty namespaces.
    public func treeNamespaces(in context: Context) -> [Namespace] { namespaces(in: context) }

    /// The keys of a namespace, in insertion order.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: Its keys.
    public func treeKeys(in context: Context, _ namespace: Namespace) -> [Key] {
        entries(in: context, namespace).map(\.key)
    }

    /// The number of keys in a namespace.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: The count.
    public func treeKeyCount(in context: Context, _ namespace: Namespace) -> Int {
        keyCount(in: context, namespace)
    }

    /// The value at an address.
    ///
    /// - Parameter address: The address.
    /// - Returns: The value, or nil.
    public func treeValue(at address: Address) -> String? { get(address) }

    /// The values of a namespace in one walk.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: The values, in key order.
    public func treeValues(in context: Context, _ namespace: Namespace) -> [String] {
        entries(in: context, namespace).map(\.value)
    }
}
