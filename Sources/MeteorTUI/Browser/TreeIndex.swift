import MeteorFormat

/// The context → namespace-folder structure of a data source at one keys generation.
///
/// Namespaces `guides.install` and `guides.usage` become a folder `guides` with two children.
/// Keys are not copied here; ``TreeIndex/keys(_:_:)`` fetches them lazily per namespace and
/// caches them until the keys generation changes, so only expanded namespaces cost anything.
final class TreeIndex {
    /// A namespace folder.
    struct Folder {
        var context: Context
        /// The full dotted prefix; `""` for the root namespace.
        var prefix: String
        /// The last part, or "(root)".
        var label: String
        /// The namespace with this exact name, if it holds keys.
        var namespace: Namespace?
        /// Child folders, sorted.
        var children: [Int]
        /// The folder's depth below its context (1 for top-level folders).
        var depth: Int
    }

    /// The source's ``TreeDataSource/keysGeneration`` when the index was built.
    let keysGeneration: Int
    private(set) var contexts: [Context] = []
    private(set) var folders: [Folder] = []
    /// Top-level folders of each context.
    private(set) var roots: [Context: [Int]] = [:]
    private var folderIndex: [TreeNodeID: Int] = [:]
    private var keyCache: [TreeNodeID: [Key]] = [:]
    private unowned let source: any TreeDataSource

    init(source: any TreeDataSource) {
        self.source = source
        self.keysGeneration = source.keysGeneration
        contexts = source.treeContexts()
        for context in contexts {
            var top: [Int] = []
            for namespace in source.treeNamespaces(in: context) {
                attach(namespace, in: context, top: &top)
            }
            roots[context] = top
        }
    }

    /// Adds a namespace and any missing parent folders.
    private func attach(_ namespace: Namespace, in context: Context, top: inout [Int]) {
        if namespace.isRoot {
            let index = folder(
                context, prefix: "", label: "(root)", depth: 1, parent: nil, top: &top)
            folders[index].namespace = namespace
            return
        }
        var parent: Int?
        var prefix = ""
        for (depth, part) in namespace.parts.enumerated() {
            prefix = prefix.isEmpty ? String(part) : "\(prefix).\(part)"
            parent = folder(
                context, prefix: prefix, label: String(part), depth: depth + 1, parent: parent,
                top: &top)
        }
        if let parent { folders[parent].namespace = namespace }
    }

    private func folder(
        _ context: Context, prefix: String, label: String, depth: Int, parent: Int?,
        top: inout [Int]
    ) -> Int {
        let id = TreeNodeID.folder(context, prefix)
        if let existing = folderIndex[id] { return existing }
        let index = folders.count
        folders.append(
            Folder(
                context: context, prefix: prefix, label: label, namespace: nil, children: [],
                depth: depth))
        folderIndex[id] = index
        if let parent {
            folders[parent].children.append(index)
        } else {
            top.append(index)
        }
        return index
    }

    /// The folder for a node id, if it is one.
    func folder(for id: TreeNodeID) -> Int? { folderIndex[id] }

    /// Whether a key exists in the source now.
    ///
    /// - Complexity: O(1): one lookup, no scan.
    func contains(_ address: Address) -> Bool { source.treeValue(at: address) != nil }

    /// The keys of a folder's namespace, fetched once per keys generation.
    func keys(_ folder: Int) -> [Key] {
        guard let namespace = folders[folder].namespace else { return [] }
        let id = TreeNodeID.folder(folders[folder].context, folders[folder].prefix)
        if let cached = keyCache[id] { return cached }
        let keys = source.treeKeys(in: folders[folder].context, namespace)
        keyCache[id] = keys
        return keys
    }

    /// Children of a folder: sub-folders, plus its own keys.
    func childCount(ofFolder folder: Int) -> Int {
        let keyCount = folders[folder].namespace.map {
            source.treeKeyCount(in: folders[folder].context, $0)
        }
        return folders[folder].children.count + (keyCount ?? 0)
    }

    /// Children of a context: its top-level folders.
    func childCount(ofContext context: Context) -> Int { roots[context]?.count ?? 0 }
}
