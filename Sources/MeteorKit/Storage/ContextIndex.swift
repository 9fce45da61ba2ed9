/// The namespaces one context holds, for listing, with their sorted order cached.
///
/// It changes only when a namespace appears or disappears, so sets and deletes inside
/// existing namespaces never touch it, and the sorted list is rebuilt lazily after such a
/// change.
struct ContextIndex: Sendable {
    /// The non-empty namespaces.
    private(set) var names: Set<Namespace> = []
    /// The namespaces sorted by UTF-8 bytes, or nil when stale.
    private(set) var sortedCache: [Namespace]?

    /// Whether the context has no namespaces.
    var isEmpty: Bool { names.isEmpty }

    /// The namespaces in listing order; sorts only when the cache is stale.
    var sorted: [Namespace] { sortedCache ?? names.sorted() }

    /// Refreshes the sorted cache.
    mutating func sort() {
        if sortedCache == nil { sortedCache = names.sorted() }
    }

    /// Adds a namespace that appeared.
    mutating func insert(_ namespace: Namespace) {
        if names.insert(namespace).inserted { sortedCache = nil }
    }

    /// Removes a namespace that disappeared.
    mutating func remove(_ namespace: Namespace) {
        if names.remove(namespace) != nil { sortedCache = nil }
    }
}
