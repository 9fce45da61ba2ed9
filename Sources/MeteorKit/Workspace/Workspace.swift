/// The engine's internal working state, kept apart from canonical data (SPEC §9): the
/// pattern query cache with its invalidation, the scratch slots and, with the
/// `WorkspaceInstrumentation` trait, usage counters.
///
/// Per-namespace order lives with the data in ``NamespaceStore`` (slots plus stamps), so it
/// can never disagree with it.
struct Workspace {
    /// Named notes; never part of data listings or counts.
    var scratch = ScratchSlots()

    /// Bumped by every change to entries; a cached answer is valid only for the generation it
    /// was computed in, so no mutation can leave a stale answer behind.
    private(set) var generation = 0

    /// Bumped by every change that may add, remove, rename or reorder keys; a value replaced
    /// in place leaves it, so views of the key structure survive value edits.
    private(set) var keysGeneration = 0

    private var queries: [QueryPattern: [Entry]] = [:]
    private var queriesGeneration = 0

    /// At most this many patterns are cached; past it the cache starts over.
    static let cacheCapacity = 64

    #if WorkspaceInstrumentation
        /// Cache and iteration counters, shared with iterators.
        let counters = WorkspaceCounters()
    #endif

    /// Records that entries changed, keys perhaps included.
    @inline(__always)
    mutating func invalidate() {
        generation &+= 1
        keysGeneration &+= 1
    }

    /// Records that values changed in place, with every key where it was.
    @inline(__always)
    mutating func invalidateValues() { generation &+= 1 }

    /// The cached answer for a pattern, if it is still valid.
    mutating func cachedAnswer(for pattern: QueryPattern) -> [Entry]? {
        dropStale()
        let answer = queries[pattern]
        #if WorkspaceInstrumentation
            if answer == nil { counters.cacheMisses += 1 } else { counters.cacheHits += 1 }
        #endif
        return answer
    }

    /// Caches an answer computed in the current generation.
    mutating func cache(_ answer: [Entry], for pattern: QueryPattern) {
        dropStale()
        if queries.count >= Self.cacheCapacity { queries.removeAll(keepingCapacity: true) }
        queries[pattern] = answer
    }

    /// The number of valid cached answers.
    var cachedQueryCount: Int { queriesGeneration == generation ? queries.count : 0 }

    private mutating func dropStale() {
        guard queriesGeneration != generation else { return }
        queries.removeAll(keepingCapacity: true)
        queriesGeneration = generation
    }
}
