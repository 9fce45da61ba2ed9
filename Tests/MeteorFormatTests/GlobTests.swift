import MeteorFormat
import Testing

@Suite struct GlobTests {
    @Test(arguments: [
        ("abc", "abc", true), ("abc", "abd", false), ("abc", "ab", false), ("", "", true),
        ("", "a", false), ("*", "", true), ("*", "anything", true), ("a*", "a", true),
        ("a*c", "abbbc", true), ("a*c", "abbbd", false), ("*b*", "abc", true),
        ("?", "a", true), ("?", "", false), ("?", "ab", false), ("?", "é", true), ("?", "日", true),
        ("?", "😀", true), ("??", "日本", true), ("a?c", "abc", true), ("a*b*c*d", "aXbYcZd", true),
        ("a*b*c*d", "aXbYcZ", false), ("*a", "bbba", true), ("*a", "bbbab", false),
        ("**", "x.y.z", true), ("**", "", true),
    ])
    func matchesWithinOnePart(_ glob: String, candidate: String, expected: Bool) {
        #expect(Glob(glob, starCrossesDots: false).matches(candidate) == expected)
        #expect(Glob(glob, starCrossesDots: true).matches(candidate) == expected)
    }

    @Test(arguments: [
        ("*", "ui.widgets", false, true), ("ui*", "ui.x", false, true), ("*x", "a.x", false, true),
        ("ui.*", "ui.x", true, true), ("ui.*", "ui.x.y", false, true), ("**", "a.b", true, true),
        ("a.**", "a.b.c", true, true), ("?", ".", true, true),
    ])
    func singleStarCrossesDotsOnlyWhenAllowed(
        _ glob: String, candidate: String, namespace: Bool, key: Bool
    ) {
        #expect(Glob(glob, starCrossesDots: false).matches(candidate) == namespace)
        #expect(Glob(glob, starCrossesDots: true).matches(candidate) == key)
    }

    @Test func knowsLiteralAndMatchAll() {
        #expect(Glob("abc", starCrossesDots: false).isLiteral)
        #expect(!Glob("a*", starCrossesDots: false).isLiteral)
        #expect(!Glob("a?", starCrossesDots: false).isLiteral)
        #expect(Glob("*", starCrossesDots: true).matchesEverything)
        #expect(!Glob("*", starCrossesDots: false).matchesEverything)
        #expect(Glob("**", starCrossesDots: false).matchesEverything)
        #expect(Glob("x", starCrossesDots: true).description == "x")
    }

    // Backtracking must stay bounded: a pattern with many stars against a long near-miss.
    @Test(.timeLimit(.minutes(1)))
    func manyStarsStayFast() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for crosses in [false, true] {
                let glob = Glob(String(repeating: "*a", count: 12) + "*b", starCrossesDots: crosses)
                #expect(!glob.matches(String(repeating: "a", count: 60)))
                let dotted = Glob(
                    String(repeating: "*.", count: 10) + "*x", starCrossesDots: crosses)
                #expect(!dotted.matches(String(repeating: "a.", count: 40)))
            }
        }
        #expect(elapsed < .seconds(1))
    }
}

@Suite struct GlobCrossingStarTests {
    /// The allocation-free path for key globs must agree with the backtracking path, which
    /// takes `**` as a star that crosses dots: every glob of up to three pieces, on texts
    /// with dots and multi-byte characters.
    @Test func agreesWithTheBacktrackingMatcher() {
        let pieces = ["*", "?", "a", "b", ".", "é", "**"]
        let texts = ["", "a", "b", "ab", "ba", "a.b", "aab", "abab", "é", "aé.b", "b.a.a", "ab.é"]
        var globs: [[String]] = [[]]
        var layer: [[String]] = [[]]
        for _ in 0..<3 {
            layer = layer.flatMap { glob in pieces.map { glob + [$0] } }
            globs += layer
        }
        for glob in globs {
            let crossing = Glob(glob.joined(), starCrossesDots: true)
            let reference = Glob(
                glob.map { $0.contains("*") ? "**" : $0 }.joined(), starCrossesDots: false)
            for text in texts {
                #expect(
                    crossing.matches(text) == reference.matches(text), "\(glob) vs \(text)")
            }
        }
    }
}
