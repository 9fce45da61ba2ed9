/// Visits the namespaces of a storage snapshot in listing order: contexts sorted, then each
/// context's namespaces sorted (SPEC §9).
///
/// Uses the snapshot's sorted caches when present.
struct NamespaceWalk {
    private let storage: Storage
    private let contexts: [Context]
    private var contextIndex = 0
    private var context = Context.app
    private var namespaces: [Namespace] = []
    private var namespaceIndex = 0

    init(_ storage: Storage) {
        self.storage = storage
        self.contexts = storage.sortedContexts
    }

    /// The next non-empty namespace, or nil at the end.
    mutating func next() -> (Context, Namespace, NamespaceStore)? {
        while true {
            while namespaceIndex < namespaces.count {
                let namespace = namespaces[namespaceIndex]
                namespaceIndex += 1
                if let store = storage.namespace(context, namespace) {
                    return (context, namespace, store)
                }
            }
            guard contextIndex < contexts.count else { return nil }
            context = contexts[contextIndex]
            contextIndex += 1
            namespaces = storage.sortedNamespaces(in: context)
            namespaceIndex = 0
        }
    }
}

extension Storage {
    /// A storage holding just one namespace, for scoped iteration.
    init(_ context: Context, _ namespace: Namespace, _ store: NamespaceStore?) {
        self.init()
        replace(context, namespace, with: store)
        sortAll()
    }

    /// A storage holding just one context, for scoped iteration.
    init(_ context: Context, _ store: ContextSnapshot?) {
        self.init()
        replace(context, with: store)
        sortAll()
    }
}
