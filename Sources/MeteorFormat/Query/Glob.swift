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
        return candidate.withUTF8 { match(0, $0, 0) }
    }

    /// Matches with backtracking; each `*` tries the shortest run first.
    ///
    /// Patterns are short, so the recursion depth is bounded by the number of stars.
    private func match(_ p: Int, _ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
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
                var j = i
                while j <= s.count {
                    if match(p, s, j) { return true }
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
