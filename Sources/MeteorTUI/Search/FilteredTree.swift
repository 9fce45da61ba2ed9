import MeteorFormat

/// The part of the tree a ``TreeFilter`` keeps: matching keys and the folders and contexts
/// above them, with the child counts the tree shows.
///
/// Computed once per filter text and keys generation, in one pass over the ``KeyCorpus``
/// labels; a namespace whose keys all match shares its key array instead of copying it.
final class FilteredTree {
    /// The filter.
    let filter: TreeFilter
    /// The keys generation of the data it was computed from.
    let keysGeneration: Int
    /// The matching keys of each folder that has some.
    private(set) var keys: [Int: [Key]] = [:]
    /// Children shown under each folder of the index: matching keys plus folders with
    /// matches; 0 hides the folder.
    private(set) var folderCounts: [Int]
    /// Top-level folders shown under each context; a context with none is hidden.
    private(set) var contextCounts: [Context: Int] = [:]
    /// Whether each document position matches: search and jump skip the others.
    private(set) var allowed: [Bool]
    /// How many keys match.
    private(set) var matchCount = 0
    /// The contexts and folders to open so that every match shows.
    private(set) var pathsToMatches: Set<TreeNodeID> = []

    /// Applies a filter.
    ///
    /// - Parameters:
    ///   - filter: The filter.
    ///   - corpus: The keys.
    ///   - index: The tree structure the corpus was built from.
    /// - Complexity: O(label bytes) glob matching, no allocation per key.
    init(filter: TreeFilter, corpus: KeyCorpus, index: TreeIndex) {
        self.filter = filter
        self.keysGeneration = corpus.keysGeneration
        folderCounts = Array(repeating: 0, count: index.folders.count)
        allowed = Array(repeating: false, count: corpus.count)
        let pattern = filter.pattern
        let everyKey = pattern.key.matchesEverything
        let starts = corpus.labelStarts
        let flats = corpus.hasFlatSpelling
        corpus.labels.withUnsafeBufferPointer { labels in
            allowed.withUnsafeMutableBufferPointer { allowed in
                for segment in corpus.segments
                where pattern.context.matches(segment.context.name)
                    && pattern.namespace.matches(segment.namespace.name)
                {
                    var kept: [Key]?
                    for offset in segment.keys.indices {
                        let position = segment.start + offset
                        let label = UnsafeBufferPointer(
                            rebasing: labels[starts[position]..<starts[position + 1]])
                        let matches =
                            everyKey || pattern.key.matches(utf8: label)
                            || (flats[position]
                                && pattern.key.matches(segment.keys[offset].flat))
                        if matches {
                            allowed[position] = true
                            kept?.append(segment.keys[offset])
                        } else if kept == nil {
                            // The first miss: copy the keys that matched so far.
                            kept = Array(segment.keys[..<offset])
                        }
                    }
                    let shown = kept ?? segment.keys
                    guard !shown.isEmpty else { continue }
                    keys[segment.folder] = shown
                    matchCount += shown.count
                }
            }
        }
        countChildren(index)
    }

    /// Counts shown children bottom-up: a folder's children always come after it in the index.
    private func countChildren(_ index: TreeIndex) {
        for folder in index.folders.indices.reversed() {
            var shown = keys[folder]?.count ?? 0
            for child in index.folders[folder].children where folderCounts[child] > 0 {
                shown += 1
            }
            folderCounts[folder] = shown
            if shown > 0 {
                let info = index.folders[folder]
                pathsToMatches.insert(.folder(info.context, info.prefix))
            }
        }
        for context in index.contexts {
            let shown = (index.roots[context] ?? []).count { folderCounts[$0] > 0 }
            if shown > 0 {
                contextCounts[context] = shown
                pathsToMatches.insert(.context(context))
            }
        }
    }
}
