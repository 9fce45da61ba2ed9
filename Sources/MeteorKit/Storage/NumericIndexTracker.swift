internal import HeapModule

/// Tracks the numeric single indices of each list in a namespace, so that `list[]` resolves
/// to the next free index without scanning the namespace's keys (SPEC §9).
///
/// Each base keeps a count per index (two spellings such as `list[7]` and `list[07]` share an
/// index) and a max-heap with lazy deletion: stale tops are dropped when the next index is
/// asked for, and the heap is rebuilt when stale entries outnumber live ones.
struct NumericIndexTracker: Sendable {
    private struct Indices: Sendable {
        var counts: [Int: Int] = [:]
        var heap = Heap<Int>()

        mutating func add(_ index: Int) {
            counts[index, default: 0] += 1
            heap.insert(index)
        }

        mutating func remove(_ index: Int) {
            guard let count = counts[index] else { return }
            counts[index] = count > 1 ? count - 1 : nil
            if heap.count > 2 * counts.count + 16 { heap = Heap(counts.keys) }
        }

        mutating func highest() -> Int? {
            while let top = heap.max, counts[top] == nil { _ = heap.popMax() }
            return heap.max
        }
    }

    private var lists: [Substring: Indices] = [:]

    /// Records a key that was added.
    mutating func insert(_ key: Key) {
        guard let (base, index) = key.numericIndex else { return }
        lists[base, default: Indices()].add(index)
    }

    /// Records a key that was removed.
    mutating func remove(_ key: Key) {
        guard let (base, index) = key.numericIndex, let position = lists.index(forKey: base)
        else { return }
        lists.values[position].remove(index)
        if lists.values[position].counts.isEmpty { lists.remove(at: position) }
    }

    /// The index `base[]` resolves to: one more than the highest index in use, or 0.
    ///
    /// - Returns: The index, or nil when the highest index in use is `Int.max`.
    mutating func nextIndex(for base: Substring) -> Int? {
        guard let position = lists.index(forKey: base),
            let highest = lists.values[position].highest()
        else { return 0 }
        let (next, overflow) = highest.addingReportingOverflow(1)
        return overflow ? nil : next
    }
}
