import MeteorFormat

/// The rows of the tree that are reachable through expanded nodes, stored as segments so that
/// a namespace with a million keys is one segment, not a million rows.
///
/// Building costs O(structural rows + expanded namespaces); finding row *i* is a binary search
/// over segments; a ``TreeRow`` value is made only for rows that are drawn.
struct VisibleRows {
    /// A run of rows.
    enum Segment {
        /// One context or folder row.
        case node(TreeRow)
        /// The keys of one namespace, in order.
        case keys(folder: Int, context: Context, namespace: Namespace, keys: [Key], depth: Int)

        var count: Int {
            switch self {
            case .node: 1
            case .keys(_, _, _, let keys, _): keys.count
            }
        }
    }

    private(set) var segments: [Segment] = []
    private(set) var starts: [Int] = []
    private(set) var count = 0
    /// The index the rows were built from, asked whether a key exists before any scan.
    private let index: TreeIndex

    /// Builds the visible rows of `index` given the expanded nodes; with a filter, only its
    /// matches and the nodes above them.
    init(index: TreeIndex, expanded: Set<TreeNodeID>, filter: FilteredTree? = nil) {
        self.index = index
        for context in index.contexts {
            let id = TreeNodeID.context(context)
            let isOpen = expanded.contains(id)
            let childCount =
                filter.map { $0.contextCounts[context] ?? 0 }
                ?? index.childCount(ofContext: context)
            if filter != nil, childCount == 0 { continue }
            append(
                .node(
                    TreeRow(
                        id: id, kind: .context, depth: 0, label: context.name,
                        childCount: childCount, isExpanded: isOpen)))
            guard isOpen else { continue }
            for folder in index.roots[context] ?? [] {
                appendFolder(folder, index: index, expanded: expanded, filter: filter)
            }
        }
    }

    private mutating func appendFolder(
        _ folder: Int, index: TreeIndex, expanded: Set<TreeNodeID>, filter: FilteredTree?
    ) {
        let info = index.folders[folder]
        let id = TreeNodeID.folder(info.context, info.prefix)
        let isOpen = expanded.contains(id)
        let childCount =
            filter.map { $0.folderCounts[folder] } ?? index.childCount(ofFolder: folder)
        if filter != nil, childCount == 0 { return }
        append(
            .node(
                TreeRow(
                    id: id, kind: .folder(isNamespace: info.namespace != nil), depth: info.depth,
                    label: info.label, childCount: childCount, isExpanded: isOpen)))
        guard isOpen else { return }
        for child in info.children {
            appendFolder(child, index: index, expanded: expanded, filter: filter)
        }
        if let namespace = info.namespace {
            let keys = filter.map { $0.keys[folder] ?? [] } ?? index.keys(folder)
            if !keys.isEmpty {
                append(
                    .keys(
                        folder: folder, context: info.context, namespace: namespace, keys: keys,
                        depth: info.depth + 1))
            }
        }
    }

    private mutating func append(_ segment: Segment) {
        starts.append(count)
        count += segment.count
        segments.append(segment)
    }

    /// The segment holding row `row`, and the row's offset inside it.
    func locate(_ row: Int) -> (segment: Int, offset: Int)? {
        guard row >= 0, row < count else { return nil }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= row { low = middle } else { high = middle - 1 }
        }
        return (low, row - starts[low])
    }

    /// The row at an index, built on demand.
    func row(_ row: Int) -> TreeRow? {
        guard let (segment, offset) = locate(row) else { return nil }
        switch segments[segment] {
        case .node(let node):
            return node
        case .keys(_, let context, let namespace, let keys, let depth):
            let key = keys[offset]
            return TreeRow(
                id: .key(Address(context, namespace, key)), kind: .key, depth: depth,
                label: key.bracket, childCount: 0, isExpanded: false)
        }
    }

    /// The identity of the row at an index, without building its label.
    func id(at row: Int) -> TreeNodeID? {
        guard let (segment, offset) = locate(row) else { return nil }
        switch segments[segment] {
        case .node(let node):
            return node.id
        case .keys(_, let context, let namespace, let keys, _):
            return .key(Address(context, namespace, keys[offset]))
        }
    }

    /// The row index of a node, if visible, looking first at `hint` and the rows next to it.
    ///
    /// The selection is usually still at its row after a keystroke (a motion sets both), or one
    /// row away after a key above it came or went, so re-finding it costs no scan.
    ///
    /// - Parameters:
    ///   - id: The node.
    ///   - hint: The row where the node was last seen.
    /// - Returns: The row index, or nil when the node is not visible.
    /// - Complexity: O(log segments) when the node is within a row of `hint`; otherwise
    ///   that of ``index(of:)``.
    func index(of id: TreeNodeID, near hint: Int) -> Int? {
        for row in [hint, hint + 1, hint - 1] where self.id(at: row) == id { return row }
        return index(of: id)
    }

    /// The row index of a node, if visible.
    ///
    /// A key that no longer exists is rejected by one lookup; an existing key is found by a scan
    /// of its own namespace only.
    ///
    /// - Complexity: O(segments) for contexts, folders and missing keys; O(segments + keys in
    ///   the namespace) for a key.
    func index(of id: TreeNodeID) -> Int? {
        if case .key(let address) = id, !index.contains(address) { return nil }
        for (number, segment) in segments.enumerated() {
            switch segment {
            case .node(let node) where node.id == id:
                return starts[number]
            case .keys(_, let context, let namespace, let keys, _):
                guard case .key(let address) = id, address.context == context,
                    address.namespace == namespace
                else { continue }
                return keys.firstIndex(of: address.key).map { starts[number] + $0 }
            default:
                continue
            }
        }
        return nil
    }
}
