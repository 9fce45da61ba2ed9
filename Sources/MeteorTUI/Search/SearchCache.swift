/// Holds what search, filter and fuzzy jump compute from the data between keys: the key
/// corpus, the filtered tree and the last fuzzy candidates, each rebuilt only when the data's
/// keys generation, the filter or the query changed (a value edit changes none of them).
///
/// Like ``TreeCache``, a cache and never state: dropping it changes no result.
final class SearchCache {
    private unowned let source: any TreeDataSource
    private var corpus: KeyCorpus?
    private var filtered: FilteredTree?
    private var fuzzy:
        (keysGeneration: Int, filter: TreeFilter?, matcher: FuzzyMatcher, candidates: [Int32])?
    private var hitList: (key: HitListKey, hits: [Int32])?

    /// What a list of hits depends on: the query, the filter, and the data it was found in.
    private struct HitListKey: Equatable {
        var text: String
        var inValues: Bool
        var filter: TreeFilter?
        var keysGeneration: Int
        /// The data generation, for a value search (a value edit changes its hits).
        var generation: Int?
    }

    /// Creates an empty cache.
    ///
    /// - Parameter source: The data.
    init(source: any TreeDataSource) {
        self.source = source
    }

    /// The corpus of an index, built on first use per keys generation.
    ///
    /// - Parameter index: The current index.
    /// - Returns: The corpus.
    func corpus(for index: TreeIndex) -> KeyCorpus {
        if let corpus, corpus.keysGeneration == index.keysGeneration { return corpus }
        let fresh = KeyCorpus(index: index, source: source)
        corpus = fresh
        return fresh
    }

    /// What a filter keeps of the tree, computed once per filter and keys generation.
    ///
    /// - Parameters:
    ///   - filter: The filter.
    ///   - index: The current index.
    /// - Returns: The filtered tree.
    func filtered(_ filter: TreeFilter, index: TreeIndex) -> FilteredTree {
        if let filtered, filtered.keysGeneration == index.keysGeneration, filtered.filter == filter
        {
            return filtered
        }
        let fresh = FilteredTree(filter: filter, corpus: corpus(for: index), index: index)
        filtered = fresh
        return fresh
    }

    /// The positions a filter allows, or nil without a filter.
    ///
    /// - Parameters:
    ///   - filter: The filter, if any.
    ///   - index: The current index.
    /// - Returns: One flag per document position.
    func allowed(_ filter: TreeFilter?, index: TreeIndex) -> [Bool]? {
        filter.map { filtered($0, index: index).allowed }
    }

    /// The best fuzzy hits for a query, narrowing the previous query's candidates when the
    /// new query extends it.
    ///
    /// - Parameters:
    ///   - text: The query.
    ///   - limit: How many hits to return.
    ///   - filter: The active filter, if any.
    ///   - index: The current index.
    /// - Returns: The best positions, best first, and how many addresses match at all.
    func fuzzyHits(_ text: String, limit: Int, filter: TreeFilter?, index: TreeIndex) -> (
        best: [Int], matchCount: Int
    ) {
        let corpus = corpus(for: index)
        let allowed = allowed(filter, index: index)
        let matcher = FuzzyMatcher(text)
        guard !matcher.query.isEmpty else {
            fuzzy = nil
            var best: [Int] = []
            var position = 0
            while best.count < limit, position < corpus.count {
                if allowed?[position] ?? true { best.append(position) }
                position += 1
            }
            let total = filter.map { filtered($0, index: index).matchCount } ?? corpus.count
            return (best, total)
        }
        var previous: [Int32]?
        if let fuzzy, fuzzy.keysGeneration == index.keysGeneration, fuzzy.filter == filter,
            fuzzy.matcher.ignoresCase == matcher.ignoresCase,
            matcher.query.starts(with: fuzzy.matcher.query)
        {
            previous = fuzzy.candidates
        }
        let ranking = corpus.rankFuzzy(
            matcher, limit: limit, within: previous, allowed: allowed)
        fuzzy = (index.keysGeneration, filter, matcher, ranking.candidates)
        return (ranking.best, ranking.candidates.count)
    }

    /// The positions of every hit of a search in document order, computed once per query,
    /// filter and data.
    ///
    /// - Parameters:
    ///   - query: The search.
    ///   - filter: The active filter, if any.
    ///   - index: The current index.
    /// - Returns: The positions.
    /// - Complexity: O(the corpus) the first time, O(1) after.
    func hits(_ query: SearchQuery, filter: TreeFilter?, index: TreeIndex) -> [Int32] {
        let key = hitListKey(query, filter: filter, index: index)
        if let hitList, hitList.key == key { return hitList.hits }
        let hits = corpus(for: index).hits(
            of: query.needle, inValues: query.inValues, allowed: allowed(filter, index: index))
        hitList = (key, hits)
        return hits
    }

    /// The hits of a search, when ``hits(_:filter:index:)`` found them for the current data.
    ///
    /// Never scans, so drawing a frame never costs a search.
    ///
    /// - Parameters:
    ///   - query: The search.
    ///   - filter: The active filter, if any.
    ///   - index: The current index.
    /// - Returns: The positions, or nil.
    func cachedHits(_ query: SearchQuery, filter: TreeFilter?, index: TreeIndex) -> [Int32]? {
        guard let hitList, hitList.key == hitListKey(query, filter: filter, index: index) else {
            return nil
        }
        return hitList.hits
    }

    private func hitListKey(_ query: SearchQuery, filter: TreeFilter?, index: TreeIndex)
        -> HitListKey
    {
        HitListKey(
            text: query.text, inValues: query.inValues, filter: filter,
            keysGeneration: index.keysGeneration,
            generation: query.inValues ? source.generation : nil)
    }
}
