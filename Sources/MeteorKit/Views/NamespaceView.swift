/// A read-only view of one namespace: its entries in order, lookups, key globs, and the
/// slices of document namespaces (SPEC §9).
///
/// The view is a snapshot, made in O(1); it does not change when the engine does.
///
/// ```swift
/// if let view = engine.namespaceView(context: doc, namespace: guide) {
///     for section in view.sections { print(section.name) }   // 10_intro, 20_setup, …
///     let text = view.full
/// }
/// ```
public struct NamespaceView: Sendable {
    /// The context.
    public let context: Context
    /// The namespace.
    public let namespace: Namespace
    let store: NamespaceStore

    init(context: Context, namespace: Namespace, store: NamespaceStore) {
        self.context = context
        self.namespace = namespace
        self.store = store
    }

    /// The number of keys.
    public var count: Int { store.count }

    /// The entries in first-insertion order.
    public var entries: EntrySequence {
        EntrySequence(namespace: store, context: context, namespaceName: namespace)
    }

    /// The keys in first-insertion order.
    public var keys: LazyMapSequence<EntrySequence, Key> { entries.lazy.map(\.key) }

    /// The values in key order.
    public var values: LazyMapSequence<EntrySequence, String> { entries.lazy.map(\.value) }

    /// The value of a key.
    ///
    /// - Parameter key: The key.
    /// - Returns: The value, or nil.
    public func get(_ key: Key) -> String? { store.value(for: key) }

    /// The value of a key given in either spelling.
    ///
    /// - Parameter key: The key text, e.g. `sections[intro]` or `sections__intro`.
    /// - Returns: The value, or nil when absent or not a valid key.
    public func get(_ key: String) -> String? {
        guard let key = try? Key(validating: key) else { return nil }
        return store.value(for: key)
    }

    /// Whether a key exists.
    ///
    /// - Parameter key: The key.
    /// - Returns: Whether it exists.
    public func hasKey(_ key: Key) -> Bool { store.index[key] != nil }

    /// Whether a key given in either spelling exists.
    ///
    /// - Parameter key: The key text.
    /// - Returns: Whether it exists.
    public func hasKey(_ key: String) -> Bool { get(key) != nil }

    /// The keys matching a glob, in order; `*` crosses `.`, and either spelling matches
    /// (`sections[*]` finds `sections__intro`).
    ///
    /// - Parameter glob: The glob, e.g. `btn*` or `sections[*]`.
    /// - Returns: The matching keys.
    public func findKeys(_ glob: String) -> [Key] {
        let pattern = Glob(glob, starCrossesDots: true)
        return keys.filter { key in
            if pattern.matchesEverything || pattern.matches(key.flat) { return true }
            let bracket = key.bracket
            return bracket != key.flat && pattern.matches(bracket)
        }
    }

    /// Whether the namespace has a default value, the key `index`.
    public var hasDefault: Bool { defaultValue != nil }

    /// The namespace's default value: the value of `index`.
    public var defaultValue: String? { self.get("index") }

    // MARK: - Document slices

    /// The `sections[…]` items, in document order.
    public var sections: [DocumentItem] { items("sections") }

    /// The `parts[…]` items, in document order.
    public var parts: [DocumentItem] { items("parts") }

    /// The `snippets[…]` items, in document order.
    public var snippets: [DocumentItem] { items("snippets") }

    /// The `metadata[…]` items, in document order.
    public var metadata: [DocumentItem] { items("metadata") }

    /// The items `base[name]` of any slice (for example `modules`), in document order: by the
    /// number the name starts with, then by the number in `metadata[order.<name>]`, then by
    /// insertion.
    ///
    /// Items without a number sort after those with one.
    ///
    /// - Parameter base: The slice name, e.g. `sections`.
    /// - Returns: The items.
    public func items(_ base: String) -> [DocumentItem] {
        let prefix = "\(base)["
        var found: [(item: DocumentItem, order: Int?, position: Int)] = []
        for (position, key) in keys.enumerated() {
            let bracket = key.bracket
            guard bracket.hasPrefix(prefix), bracket.hasSuffix("]") else { continue }
            let name = String(bracket.dropFirst(prefix.count).dropLast())
            guard !name.isEmpty, let value = store.value(for: key) else { continue }
            let order = (try? Key(validating: "metadata[order.\(name)]"))
                .flatMap { store.value(for: $0) }
                .flatMap { Int($0.trimmingASCIISpaces) }
            found.append((DocumentItem(name: name, key: key, value: value), order, position))
        }
        found.sort { lhs, rhs in
            let left = (lhs.item.numericPrefix ?? .max, lhs.order ?? .max, lhs.position)
            let right = (rhs.item.numericPrefix ?? .max, rhs.order ?? .max, rhs.position)
            return left < right
        }
        return found.map(\.item)
    }

    /// The whole document: the value of `full` when present.
    ///
    /// Otherwise the sections (or, with no sections, the parts) in document order, each ending with
    /// a line break before the next one starts. Nil when there is none of these.
    ///
    /// The text is assembled in one buffer sized up front, so a large document is copied
    /// once.
    public var full: String? {
        if let full = self.get("full") { return full }
        var pieces = sections
        if pieces.isEmpty { pieces = parts }
        guard !pieces.isEmpty else { return nil }
        var size = 0
        for piece in pieces { size += piece.value.utf8.count + 1 }
        var text = ""
        text.reserveCapacity(size)
        for (index, piece) in pieces.enumerated() {
            text += piece.value
            if index < pieces.count - 1, !piece.value.isEmpty, !piece.value.hasSuffix("\n") {
                text += "\n"
            }
        }
        return text
    }
}

extension String {
    /// The text without leading and trailing ASCII spaces and tabs.
    var trimmingASCIISpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }),
            let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return self[start...end]
    }
}
