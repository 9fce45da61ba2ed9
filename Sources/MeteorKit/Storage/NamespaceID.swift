/// A context and a namespace together: the key of the storage's one namespace table, so a
/// set or get hashes the pair once instead of looking up the context and then the namespace.
struct NamespaceID: Hashable, Sendable {
    /// The context.
    let context: Context
    /// The namespace.
    let namespace: Namespace

    init(_ context: Context, _ namespace: Namespace) {
        self.context = context
        self.namespace = namespace
    }

    /// Hashes both names with one hasher; a namespace's depth follows from its name.
    func hash(into hasher: inout Hasher) {
        hasher.combine(context.name)
        hasher.combine(namespace.name)
    }

    static func == (lhs: NamespaceID, rhs: NamespaceID) -> Bool {
        lhs.context.name == rhs.context.name && lhs.namespace.name == rhs.namespace.name
    }
}
