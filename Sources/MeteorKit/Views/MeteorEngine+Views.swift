/// Listings and views, in SPEC order: contexts and namespaces sorted by UTF-8 bytes, keys in
/// first-insertion order (SPEC §9).
extension MeteorEngine {
    /// The contexts that hold entries, sorted.
    ///
    /// The sorted list is cached and rebuilt only after a context appeared or disappeared.
    public var contexts: [Context] {
        storage.sortAll()
        return storage.sortedContexts
    }

    /// The namespaces of a context that hold entries, sorted.
    ///
    /// - Parameter context: The context.
    /// - Returns: The namespaces; empty when the context does not exist.
    public func namespaces(in context: Context) -> [Namespace] {
        storage.sortAll()
        return storage.sortedNamespaces(in: context)
    }

    /// Every entry, as a lazy sequence over a snapshot.
    public var entries: EntrySequence {
        storage.sortAll()
        return makeEntries(storage)
    }

    /// The entries of one namespace in first-insertion order, as a lazy sequence over a
    /// snapshot.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: The entries; empty when the namespace does not exist.
    public func entries(in context: Context, _ namespace: Namespace) -> EntrySequence {
        makeEntries(Storage(context, namespace, storage.namespace(context, namespace)))
    }

    /// One meteor per non-empty namespace, in listing order, as a lazy sequence over a
    /// snapshot; it never stops early.
    ///
    /// - Returns: The meteors.
    public func meteors() -> MeteorSequence {
        storage.sortAll()
        #if WorkspaceInstrumentation
            return MeteorSequence(storage: storage, counters: workspace.counters)
        #else
            return MeteorSequence(storage: storage)
        #endif
    }

    /// The meteor of one namespace.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: The meteor, or nil when the namespace does not exist.
    public func meteor(for context: Context, _ namespace: Namespace) -> Meteor? {
        guard let store = storage.namespace(context, namespace) else { return nil }
        countIteration(keys: store.count)
        return store.meteor(context, namespace)
    }

    /// A read-only view of one namespace.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: The view, or nil when the namespace does not exist.
    public func namespaceView(context: Context, namespace: Namespace) -> NamespaceView? {
        guard let store = storage.namespace(context, namespace) else { return nil }
        return NamespaceView(context: context, namespace: namespace, store: store)
    }

    private func makeEntries(_ storage: Storage) -> EntrySequence {
        #if WorkspaceInstrumentation
            EntrySequence(storage: storage, counters: workspace.counters)
        #else
            EntrySequence(storage: storage)
        #endif
    }

    /// Counts one walk over a namespace's keys (instrumentation only).
    @inline(__always)
    func countIteration(keys: Int) {
        #if WorkspaceInstrumentation
            workspace.counters.iterations += 1
            workspace.counters.keysIterated += keys
        #endif
    }

    /// Computes the answer to a pattern query; ``find(_:)`` caches it.
    func search(_ pattern: QueryPattern) -> [Entry] {
        storage.sortAll()
        var found: [Entry] = []
        let literalNamespace: Namespace? =
            pattern.namespace.isLiteral
            ? try? Namespace(validating: pattern.namespace.text, limits: parseLimits) : nil
        let literalKey: Key? =
            pattern.key.isLiteral ? try? Key(validating: pattern.key.text, limits: limits) : nil
        for context in storage.sortedContexts where pattern.context.matches(context.name) {
            let namespaces: [Namespace]
            if pattern.namespace.isLiteral {
                namespaces = literalNamespace.map { [$0] } ?? []
            } else {
                namespaces = storage.sortedNamespaces(in: context).filter {
                    pattern.namespace.matches($0.name)
                }
            }
            for namespace in namespaces {
                guard let store = storage.namespace(context, namespace) else { continue }
                if let key = literalKey {
                    if let value = store.value(for: key), pattern.matches(key: key) {
                        found.append(Entry(Address(context, namespace, key), value))
                    }
                    continue
                }
                countIteration(keys: store.count)
                for slot in store.slots where slot.isLive && pattern.matches(key: slot.key) {
                    found.append(Entry(Address(context, namespace, slot.key), slot.value))
                }
            }
        }
        return found
    }
}
