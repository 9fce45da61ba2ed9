/// A context and a namespace together: the key of the storage's one namespace table, so a
/// set or get hashes the pair once instead of looking up the context and then the namespace.
package struct NamespaceID: Hashable, Sendable {
    /// The context.
    package let context: Context
    /// The namespace.
    package let namespace: Namespace

    /// Pairs a context and a namespace.
    package init(_ context: Context, _ namespace: Namespace) {
        self.context = context
        self.namespace = namespace
    }

    /// Hashes both names with one hasher; a namespace's depth follows from its name.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(context.name)
        hasher.combine(namespace.name)
    }

    package static func == (lhs: NamespaceID, rhs: NamespaceID) -> Bool {
        lhs.context.name == rhs.context.name && lhs.namespace.name == rhs.namespace.name
    }
}
