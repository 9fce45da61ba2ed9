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
}
