import MeteorFormat

/// Every key of the tree in document order (the rows' order with every node open), with the
/// labels in one byte buffer: what search, filter and fuzzy jump scan.
///
/// Built once per keys generation, lazily, from the ``TreeIndex`` (which shares its key
/// arrays). Scans then run over contiguous bytes with no allocation per key.
final class KeyCorpus {
    /// The keys of one namespace.
    struct Segment {
        /// The namespace's folder in the index.
        let folder: Int
        /// The context.
        let context: Context
        /// The namespace.
        let namespace: Namespace
        /// The document position of its first key.
        let start: Int
        /// The keys, in insertion order.
        let keys: [Key]
        /// `ctx:ns:`: the start of every address in the segment, for fuzzy matching.
        let prefix: [UInt8]

        /// The positions of its keys.
        var positions: Range<Int> { start..<start + keys.count }
    }

    /// The keys generation of the data the corpus was built from.
    let keysGeneration: Int
    /// The namespaces with keys, in document order.
    private(set) var segments: [Segment] = []
    /// Every key's bracket label, back to back.
    private(set) var labels: [UInt8] = []
    /// Where each key's label starts in ``labels``; one extra entry marks the end.
    private(set) var labelStarts: [Int] = [0]
    /// Whether a key's flat spelling differs from its label (`list__i_0` vs `list[0]`).
    private(set) var hasFlatSpelling: [Bool] = []
    /// The positions under each folder of the index, its sub-folders included.
    private(set) var folderRanges: [Range<Int>]
    /// The positions under each context.
    private(set) var contextRanges: [Context: Range<Int>] = [:]
    private var segmentOfFolder: [Int: Int] = [:]
    private var values: [[String]?] = []
    /// The source's ``TreeDataSource/generation`` the fetched values belong to.
    private var valuesGeneration: Int
    private unowned let source: any TreeDataSource

    /// Builds the corpus of an index.
    ///
    /// - Parameters:
    ///   - index: The tree structure.
    ///   - source: The data, for values.
    /// - Complexity: O(keys + label bytes).
    init(index: TreeIndex, source: any TreeDataSource) {
        self.keysGeneration = index.keysGeneration
        self.valuesGeneration = source.generation
        self.source = source
        folderRanges = Array(repeating: 0..<0, count: index.folders.count)
        for context in index.contexts {
            let start = count
            for folder in index.roots[context] ?? [] { add(folder, index: index) }
            contextRanges[context] = start..<count
        }
        values = Array(repeating: nil, count: segments.count)
    }

    private func add(_ folder: Int, index: TreeIndex) {
        let start = count
        let info = index.folders[folder]
        for child in info.children { add(child, index: index) }
        if let namespace = info.namespace {
            let keys = index.keys(folder)
            if !keys.isEmpty {
                segmentOfFolder[folder] = segments.count
                segments.append(
                    Segment(
                        folder: folder, context: info.context, namespace: namespace,
                        start: count, keys: keys,
                        prefix: Array("\(info.context.name):\(namespace.name):".utf8)))
                for key in keys {
                    let label = key.bracket
                    labels.append(contentsOf: label.utf8)
                    labelStarts.append(labels.count)
                    hasFlatSpelling.append(label != key.flat)
                }
            }
        }
        folderRanges[folder] = start..<count
    }

    /// The number of keys.
    var count: Int { labelStarts.count - 1 }

    /// The segment holding a position.
    ///
    /// - Parameter position: A document position.
    /// - Returns: The segment's index.
    /// - Complexity: O(log segments).
    func segment(at position: Int) -> Int {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].start <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The address of the key at a position.
    ///
    /// - Parameter position: A document position.
    /// - Returns: The address.
    func address(at position: Int) -> Address {
        let segment = segments[segment(at: position)]
        return Address(segment.context, segment.namespace, segment.keys[position - segment.start])
    }

    /// The position of a key, if it exists.
    ///
    /// - Parameters:
    ///   - address: The key's address.
    ///   - index: The index the corpus was built from.
    /// - Returns: The document position.
    /// - Complexity: O(keys in the namespace).
    func position(of address: Address, index: TreeIndex) -> Int? {
        guard let folder = index.folder(for: .folder(address.context, address.namespace.name)),
            let number = segmentOfFolder[folder]
        else { return nil }
        let segment = segments[number]
        return segment.keys.firstIndex(of: address.key).map { segment.start + $0 }
    }

    /// The positions under a context or folder node, or of a key.
    ///
    /// - Parameters:
    ///   - id: The node.
    ///   - index: The index the corpus was built from.
    /// - Returns: The range of positions; nil for a key that is gone.
    func positions(of id: TreeNodeID, index: TreeIndex) -> Range<Int>? {
        switch id {
        case .context(let context):
            return contextRanges[context]
        case .folder:
            return index.folder(for: id).map { folderRanges[$0] }
        case .key(let address):
            return position(of: address, index: index).map { $0..<$0 + 1 }
        }
    }

    /// The values of a segment's keys, fetched once per data generation.
    ///
    /// - Parameter segment: The segment's index.
    /// - Returns: The values, in key order.
    func values(ofSegment segment: Int) -> [String] {
        if valuesGeneration != source.generation {
            // A value edit keeps the keys (and this corpus) but not the values fetched.
            values = Array(repeating: nil, count: segments.count)
            valuesGeneration = source.generation
        }
        if let cached = values[segment] { return cached }
        let info = segments[segment]
        let fetched = source.treeValues(in: info.context, info.namespace)
        values[segment] = fetched
        return fetched
    }
}
