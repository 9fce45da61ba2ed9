/// All entries: context → namespace → keys in first-insertion order (SPEC §9).
///
/// One table maps each (context, namespace) pair to its keys, so a set or get hashes the
/// pair once; a second, small table lists each context's namespaces for listings and is
/// touched only when a namespace appears or disappears. Empty namespaces and contexts are
/// never kept, so nothing empty is ever listed. Sorted lists are cached and rebuilt only
/// after such a change. `Storage` is a value; a snapshot for history or iteration costs O(1).
struct Storage: Sendable {
    /// (context, namespace) → its keys.
    ///
    /// Never holds an empty namespace.
    private(set) var namespaces: [NamespaceID: NamespaceStore] = [:]
    /// Context → its namespaces.
    ///
    /// Never holds an empty context.
    private(set) var contexts: [Context: ContextIndex] = [:]
    /// The contexts sorted by UTF-8 bytes, or nil when stale.
    private(set) var sortedCache: [Context]?
    /// The number of entries.
    private(set) var entryCount = 0

    /// The namespaces of one context, detached from the storage: what a removed context
    /// was, for undo.
    typealias ContextSnapshot = [Namespace: NamespaceStore]

    /// Whether there are no entries.
    var isEmpty: Bool { namespaces.isEmpty }

    /// The contexts in listing order; sorts only when the cache is stale.
    var sortedContexts: [Context] { sortedCache ?? contexts.keys.sorted() }

    /// The namespaces of a context in listing order.
    func sortedNamespaces(in context: Context) -> [Namespace] {
        contexts[context]?.sorted ?? []
    }

    /// Refreshes every sorted cache, so listings and iterators over a snapshot never sort.
    mutating func sortAll() {
        if sortedCache == nil { sortedCache = contexts.keys.sorted() }
        for position in contexts.indices where contexts.values[position].sortedCache == nil {
            contexts.values[position].sort()
        }
    }

    /// The keys of one namespace.
    func namespace(_ context: Context, _ namespace: Namespace) -> NamespaceStore? {
        namespaces[NamespaceID(context, namespace)]
    }

    /// The value at an address.
    func value(at address: Address) -> String? {
        namespaces[NamespaceID(address.context, address.namespace)]?.value(for: address.key)
    }

    /// The number of entries in a context.
    func entryCount(in context: Context) -> Int {
        guard let index = contexts[context] else { return 0 }
        return index.names.reduce(0) { $0 + (namespace(context, $1)?.count ?? 0) }
    }

    /// Sets a value, creating the namespace and context when needed.
    ///
    /// - Parameters:
    ///   - address: Where to store.
    ///   - value: The value.
    ///   - newStamp: The stamp a new key gets.
    ///   - limits: The context limit is checked when a context would be created.
    /// - Returns: The value before (nil when new) and the key's stamp.
    /// - Throws: ``DiagnosticKind/limitExceeded`` when a new context would exceed the limit.
    mutating func upsert(_ address: Address, _ value: String, newStamp: Int, limits: Limits)
        throws(MeteorError) -> (before: String?, stamp: Int)
    {
        let id = NamespaceID(address.context, address.namespace)
        let result: (before: String?, stamp: Int)
        if let position = namespaces.index(forKey: id) {
            result = namespaces.values[position].upsert(address.key, value, newStamp: newStamp)
        } else {
            if contexts[address.context] == nil {
                try checkNewContext(address.context, limits: limits)
            }
            var store = NamespaceStore()
            result = store.upsert(address.key, value, newStamp: newStamp)
            insert(store, at: id)
        }
        if result.before == nil { entryCount += 1 }
        return result
    }

    /// Upserts entries that share one context and namespace, with one namespace lookup.
    ///
    /// - Parameters:
    ///   - entries: The entries; all in the same namespace, none of them an append key.
    ///   - stamp: The stamp of the next new key; advanced for every new key.
    ///   - limits: The context limit is checked when a context would be created.
    /// - Returns: The index (in `entries`) of the first key that was already present, or nil.
    /// - Throws: ``DiagnosticKind/limitExceeded`` when a new context would exceed the limit.
    mutating func upsertRun(_ entries: ArraySlice<Entry>, stamp: inout Int, limits: Limits)
        throws(MeteorError) -> Int?
    {
        guard let first = entries.first else { return nil }
        let id = NamespaceID(first.context, first.namespace)
        if namespaces.index(forKey: id) == nil {
            if contexts[first.context] == nil {
                try checkNewContext(first.context, limits: limits)
            }
            insert(NamespaceStore(), at: id)
        }
        guard let position = namespaces.index(forKey: id) else { return nil }
        namespaces.values[position].reserveCapacity(forAdding: entries.count)
        var duplicate: Int?
        for index in entries.indices {
            let entry = entries[index]
            let result = namespaces.values[position].upsert(entry.key, entry.value, newStamp: stamp)
            if result.before == nil {
                stamp += 1
                entryCount += 1
            } else if duplicate == nil {
                duplicate = index
            }
        }
        return duplicate
    }

    /// Throws when one more context would exceed the profile's limit.
    func checkNewContext(_ context: Context, limits: Limits) throws(MeteorError) {
        guard contexts.count >= limits.contexts else { return }
        throw limits.exceeded(
            .contexts, actual: contexts.count + 1,
            what: "the number of contexts (adding `\(context.name)`)")
    }

    /// Removes one entry; an emptied namespace or context is dropped.
    ///
    /// - Returns: The removed value and stamp, or nil when absent.
    mutating func remove(_ address: Address) -> (value: String, stamp: Int)? {
        let id = NamespaceID(address.context, address.namespace)
        guard let position = namespaces.index(forKey: id),
            let removed = namespaces.values[position].remove(address.key)
        else { return nil }
        entryCount -= 1
        if namespaces.values[position].isEmpty {
            namespaces.remove(at: position)
            unlist(id)
        }
        return removed
    }

    /// Runs `body` on an existing namespace in place, dropping it (and its context) if the
    /// body empties it.
    ///
    /// - Returns: The body's result, or nil when the namespace does not exist.
    mutating func withNamespace<T>(
        _ context: Context, _ namespace: Namespace, _ body: (inout NamespaceStore) -> T
    ) -> T? {
        let id = NamespaceID(context, namespace)
        guard let position = namespaces.index(forKey: id) else { return nil }
        let before = namespaces.values[position].count
        let result = body(&namespaces.values[position])
        entryCount += namespaces.values[position].count - before
        if namespaces.values[position].isEmpty {
            namespaces.remove(at: position)
            unlist(id)
        }
        return result
    }

    /// Replaces one namespace wholesale (nil or empty removes it).
    ///
    /// Never checks limits: undo and redo must always be able to restore a state that existed.
    ///
    /// - Returns: The namespace as it was.
    @discardableResult
    mutating func replace(_ context: Context, _ namespace: Namespace, with store: NamespaceStore?)
        -> NamespaceStore?
    {
        let id = NamespaceID(context, namespace)
        let old = namespaces.removeValue(forKey: id)
        if let old { entryCount -= old.count }
        if let store, !store.isEmpty {
            if old == nil { insert(store, at: id) } else { namespaces[id] = store }
            entryCount += store.count
        } else if old != nil {
            unlist(id)
        }
        return old
    }

    /// Replaces one context wholesale (nil or empty removes it).
    ///
    /// Never checks limits.
    ///
    /// - Returns: The context as it was, or nil when it did not exist.
    @discardableResult
    mutating func replace(_ context: Context, with snapshot: ContextSnapshot?) -> ContextSnapshot? {
        var old: ContextSnapshot?
        if let names = contexts[context]?.names {
            var removed: ContextSnapshot = [:]
            for namespace in names {
                if let store = replace(context, namespace, with: nil) { removed[namespace] = store }
            }
            old = removed
        }
        for (namespace, store) in snapshot ?? [:] { replace(context, namespace, with: store) }
        return old
    }

    /// Adds a new, non-empty namespace and lists it.
    private mutating func insert(_ store: NamespaceStore, at id: NamespaceID) {
        namespaces[id] = store
        if let position = contexts.index(forKey: id.context) {
            contexts.values[position].insert(id.namespace)
        } else {
            var index = ContextIndex()
            index.insert(id.namespace)
            contexts[id.context] = index
            sortedCache = nil
        }
    }

    /// Unlists a namespace that was removed, and its context when that empties it.
    private mutating func unlist(_ id: NamespaceID) {
        guard let position = contexts.index(forKey: id.context) else { return }
        contexts.values[position].remove(id.namespace)
        if contexts.values[position].isEmpty {
            contexts.remove(at: position)
            sortedCache = nil
        }
    }
}
