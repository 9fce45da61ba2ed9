/// The best `limit` hits seen so far, in a binary min-heap whose root is the worst kept hit,
/// so each new hit costs O(1) to reject or O(log limit) to keep.
struct TopHits {
    /// One ranked hit.
    struct Hit: Equatable {
        /// The score; higher is better.
        var score: Int
        /// The address length; shorter wins a tie.
        var length: Int
        /// The document position; earlier wins a tie.
        var position: Int

        /// Whether `self` ranks below `other`.
        func isWorse(than other: Hit) -> Bool {
            if score != other.score { return score < other.score }
            if length != other.length { return length > other.length }
            return position > other.position
        }
    }

    /// How many hits are kept.
    let limit: Int
    private var heap: [Hit] = []

    /// Creates an empty collection.
    ///
    /// - Parameter limit: How many hits to keep.
    init(limit: Int) {
        self.limit = max(1, limit)
        heap.reserveCapacity(self.limit)
    }

    /// Offers a hit; it is kept if it ranks among the best `limit`.
    ///
    /// - Parameter hit: The hit.
    mutating func offer(_ hit: Hit) {
        if heap.count < limit {
            heap.append(hit)
            siftUp(heap.count - 1)
        } else if heap[0].isWorse(than: hit) {
            heap[0] = hit
            siftDown(0)
        }
    }

    /// The kept hits, best first.
    var ranked: [Hit] { heap.sorted { $1.isWorse(than: $0) } }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].isWorse(than: heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var worst = parent
            if left < heap.count, heap[left].isWorse(than: heap[worst]) { worst = left }
            if right < heap.count, heap[right].isWorse(than: heap[worst]) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
