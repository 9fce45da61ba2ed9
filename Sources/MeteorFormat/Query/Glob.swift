/// One glob of a ``QueryPattern``: `*` (any run), `?` (one character), `**` (any run,
/// crossing `.`), matched on UTF-8 bytes.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The glob text.
    public let text: String
    /// Whether a single `*` may cross a `.` (true for keys, false for namespaces).
    public let starCrossesDots: Bool
    private let bytes: [UInt8]

    /// Creates a glob.
    ///
    /// - Parameters:
    ///   - text: The glob text.
    ///   - starCrossesDots: Whether `*` matches across `.`.
    public init(_ text: String, starCrossesDots: Bool) {
        self.text = text
        self.starCrossesDots = starCrossesDots
        self.bytes = Array(text.utf8)
    }

    /// Whether the glob has no wildcard, so it matches only its own text.
    public var isLiteral: Bool { !bytes.contains(.star) && !bytes.contains(.question) }

    /// Whether the glob matches everything (`*` that crosses dots, or `**`).
    public var matchesEverything: Bool {
        (bytes == [.star] && starCrossesDots) || bytes == [.star, .star]
    }

    /// Whether `candidate` matches the glob.
    ///
    /// - Parameter candidate: The text to test.
    /// - Returns: Whether the whole text matches.
    public func matches(_ candidate: String) -> Bool {
        if isLiteral { return candidate == text }
        var candidate = candidate
        return candidate.withUTF8 { matches(utf8: $0) }
    }

    /// Whether UTF-8 bytes match the glob; the allocation-free form for scans over many keys.
    ///
    /// - Parameter candidate: Valid UTF-8 text.
    /// - Returns: Whether the whole text matches.
    /// - Complexity: O(glob length × text length), without allocating when every star may
    ///   cross a `.` (key globs).
    public func matches(utf8 candidate: UnsafeBufferPointer<UInt8>) -> Bool {
        if starCrossesDots { return matchCrossingStars(candidate) }
        var failed: [Bool] = []
        return match(0, candidate, 0, &failed)
    }

    /// The classic two-pointer wildcard match: when every star may cross `.`, all stars are
    /// alike, so on a mismatch only the latest star needs to take one more byte.
    private func matchCrossingStars(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        var i = 0
        var starP = -1
        var starI = 0
        while i < s.count {
            if p < bytes.count, bytes[p] == .star {
                while p < bytes.count, bytes[p] == .star { p += 1 }
                starP = p
                starI = i
                continue
            }
            if p < bytes.count, bytes[p] == .question || bytes[p] == s[i] {
                i += bytes[p] == .question ? NameRules.utf8Length(leading: s[i]) : 1
                p += 1
                continue
            }
            guard starP >= 0 else { return false }
            starI += 1
            i = starI
            p = starP
        }
        while p < bytes.count, bytes[p] == .star { p += 1 }
        return p == bytes.count && i == s.count
    }

    /// Matches with backtracking; each `*` tries the shortest run first.
    ///
    /// The recursion depth is bounded by the number of stars. Whether the rest of the glob
    /// from `p` matches the rest of the text from `i` depends on nothing else, so each failed
    /// `(p, i)` is recorded in `failed` and never tried again: the work stays polynomial
    /// (at most glob length × text length states) however many stars the glob has.
    private func match(
        _ p: Int, _ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ failed: inout [Bool]
    ) -> Bool {
        var p = p
        var i = i
        while p < bytes.count {
            let byte = bytes[p]
            if byte == .star {
                let crossesDots = starCrossesDots || (p + 1 < bytes.count && bytes[p + 1] == .star)
                while p < bytes.count, bytes[p] == .star { p += 1 }
                if p == bytes.count {
                    return crossesDots || !s[i...].contains(.dot)
                }
                if failed.isEmpty {
                    failed = Array(repeating: false, count: (bytes.count + 1) * (s.count + 1))
                }
                var j = i
                while j <= s.count {
                    let state = p * (s.count + 1) + j
                    if !failed[state] {
                        if match(p, s, j, &failed) { return true }
                        failed[state] = true
                    }
                    if j == s.count || (!crossesDots && s[j] == .dot) { return false }
                    j += 1
                }
                return false
            }
            guard i < s.count else { return false }
            if byte == .question {
                i += NameRules.utf8Length(leading: s[i])
                p += 1
                continue
            }
            if byte != s[i] { return false }
            i += 1
            p += 1
        }
        return i == s.count
    }

    /// The glob text.
    public var description: String { text }
}
