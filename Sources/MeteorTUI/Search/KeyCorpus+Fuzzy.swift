/// Fuzzy jump: every address ranked against a query, keeping only the best few.
extension KeyCorpus {
    /// The outcome of one ranking.
    struct FuzzyRanking {
        /// The best positions, best first.
        var best: [Int]
        /// Every position whose address holds the query as a subsequence, ascending: a longer
        /// query only needs to look at these.
        var candidates: [Int32]
    }

    /// Ranks addresses against a query.
    ///
    /// - Parameters:
    ///   - matcher: The query.
    ///   - limit: How many hits to return.
    ///   - candidates: The candidates of a shorter query this one extends, or nil to scan all.
    ///   - allowed: Positions the filter shows; nil when there is no filter.
    /// - Returns: The best hits and the new candidates.
    /// - Complexity: O(label bytes of the candidates) for the subsequence test, a scoring
    ///   pass only for addresses that pass it, and O(log limit) per kept hit.
    func rankFuzzy(
        _ matcher: FuzzyMatcher, limit: Int, within candidates: [Int32]?, allowed: [Bool]?
    ) -> FuzzyRanking {
        var top = TopHits(limit: limit)
        var found: [Int32] = []
        let starts = labelStarts
        labels.withUnsafeBufferPointer { labels in
            var segmentNumber = -1
            var range = 0..<0
            var prefixMatched = 0
            var prefixBytes: [UInt8] = []
            func visit(_ position: Int) {
                if let allowed, !allowed[position] { return }
                if !range.contains(position) {
                    segmentNumber = segment(at: position)
                    range = segments[segmentNumber].positions
                    prefixBytes = segments[segmentNumber].prefix
                    prefixMatched = prefixBytes.withUnsafeBufferPointer {
                        matcher.advance(over: $0, from: 0)
                    }
                }
                let label = UnsafeBufferPointer(
                    rebasing: labels[starts[position]..<starts[position + 1]])
                guard matcher.advance(over: label, from: prefixMatched) == matcher.query.count
                else { return }
                found.append(Int32(truncatingIfNeeded: position))
                let score = prefixBytes.withUnsafeBufferPointer {
                    matcher.score(prefix: $0, label: label)
                }
                guard let score else { return }
                top.offer(
                    TopHits.Hit(
                        score: score, length: prefixBytes.count + label.count, position: position))
            }
            if let candidates {
                for position in candidates { visit(Int(position)) }
            } else {
                for position in 0..<count { visit(position) }
            }
        }
        return FuzzyRanking(best: top.ranked.map(\.position), candidates: found)
    }
}
