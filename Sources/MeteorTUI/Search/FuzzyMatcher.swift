/// Scores how well a query matches an address as a subsequence, fzf-style, on UTF-8 bytes.
///
/// The text is an address in two parts, the `ctx:ns:` prefix and the key label, so no address
/// string is ever built while ranking. Matches at word starts (after `:`, `.`, `_`, `[`, `-`)
/// and runs of consecutive bytes score higher, gaps cost, and bytes in the key itself earn a
/// little more than bytes in the prefix.
struct FuzzyMatcher: Sendable {
    /// The query bytes; folded to lower case when ``ignoresCase``.
    let query: [UInt8]
    /// Whether ASCII letters match either case (smart case: the query has no capitals).
    let ignoresCase: Bool

    /// Creates a matcher.
    ///
    /// - Parameter text: The query.
    init(_ text: String) {
        let needle = TextNeedle(text)
        query = needle.bytes
        ignoresCase = needle.ignoresCase
    }

    @inline(__always)
    private func same(_ byte: UInt8, _ queryByte: UInt8) -> Bool {
        (ignoresCase ? TextNeedle.fold(byte) : byte) == queryByte
    }

    /// How many query bytes a greedy left-to-right pass over `text` consumes, starting with
    /// query byte `from`: a query is a subsequence of prefix + label exactly when the pass over
    /// the label, started where the prefix's pass stopped, reaches the end.
    ///
    /// - Parameters:
    ///   - text: The bytes.
    ///   - from: The first query byte to look for.
    /// - Returns: The number of query bytes matched in total.
    @inline(__always)
    func advance(over text: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var matched = from
        guard matched < query.count else { return matched }
        return query.withUnsafeBufferPointer { query in
            var wanted = query[matched]
            for byte in text where same(byte, wanted) {
                matched += 1
                if matched == query.count { break }
                wanted = query[matched]
            }
            return matched
        }
    }

    /// The score of the tightest match in prefix + label, and the matched byte offsets.
    ///
    /// - Parameters:
    ///   - prefix: The address prefix, `ctx:ns:`.
    ///   - label: The key label.
    ///   - positions: Filled with the matched offsets into prefix + label when not nil.
    /// - Returns: The score, or nil when the query is not a subsequence.
    func score(
        prefix: UnsafeBufferPointer<UInt8>, label: UnsafeBufferPointer<UInt8>,
        positions: UnsafeMutablePointer<[Int]>? = nil
    ) -> Int? {
        let length = prefix.count + label.count
        @inline(__always) func byte(_ offset: Int) -> UInt8 {
            offset < prefix.count ? prefix[offset] : label[offset - prefix.count]
        }
        guard !query.isEmpty else { return 0 }
        // Forward: where the leftmost match ends.
        var matched = 0
        var end = -1
        var offset = 0
        while offset < length {
            if same(byte(offset), query[matched]) {
                matched += 1
                if matched == query.count {
                    end = offset
                    break
                }
            }
            offset += 1
        }
        guard end >= 0 else { return nil }
        // Backward from the end: the latest start, so the window is as tight as greedy gets.
        var start = end
        var wanted = query.count - 1
        while start >= 0 {
            if same(byte(start), query[wanted]) {
                if wanted == 0 { break }
                wanted -= 1
            }
            start -= 1
        }
        // Forward again inside the window, scoring.
        var score = 0
        var previous = -2
        var next = 0
        offset = start
        while offset <= end, next < query.count {
            let current = byte(offset)
            if same(current, query[next]) {
                score += 16
                let before: UInt8 = offset == 0 ? UInt8(ascii: ":") : byte(offset - 1)
                if Self.isBoundary(before) {
                    score += 10
                } else if before &- 0x61 < 26, current &- 0x41 < 26 {
                    score += 8
                }
                if offset == previous + 1 { score += 6 } else if previous >= 0 { score -= 3 }
                if offset >= prefix.count { score += 2 }
                positions?.pointee.append(offset)
                previous = offset
                next += 1
            } else if previous >= 0 {
                score -= 1
            }
            offset += 1
        }
        return score
    }

    private static func isBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "/"):
            true
        default: false
        }
    }
}
