import MeteorKit
import Testing

@testable import MeteorTUI

/// Ctrl-P: ranking, the palette's keys, and narrowing as the query grows.
@Suite struct FuzzyJumpTests {
    func hits(_ app: App<InMemoryTerminal>) -> [String] {
        guard case .jumping(let palette) = app.state.mode else { return [] }
        return palette.hits.map(\.description)
    }

    @Test func ranksWordStartsAndRunsFirst() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.control("p"))] + Fixtures.type("me"))
        #expect(
            hits(app) == [
                "doc:guides.install:metadata[lang]", "app:ui:theme", "user:main:name",
            ])
    }

    @Test func anEmptyQueryListsKeysInDocumentOrder() throws {
        let (app, _) = try Fixtures.app()
        app.press(.control("p"))
        #expect(hits(app).count == 8)
        #expect(hits(app).first == "app:ui.widgets:button[0]")
        guard case .jumping(let palette) = app.state.mode else { return }
        #expect(palette.matchCount == 8)
    }

    @Test func enterJumpsAndOpensThePath() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.control("p"))] + Fixtures.type("lbl") + [.key(.enter)])
        #expect(app.state.mode == .browse)
        #expect(app.selection == (try keyNode("app:ui.widgets:label[title]")))
        #expect(app.state.browser.expanded.contains(.folder(.app, "ui.widgets")))
    }

    @Test func arrowsAndCtrlNPMoveTheSelectionAndEscapeCloses() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.control("p"))] + Fixtures.type("me"))
        app.press([.key(.down), .key(.control("n")), .key(.down), .key(.control("p"))])
        guard case .jumping(let palette) = app.state.mode else {
            Issue.record("expected the palette")
            return
        }
        #expect(palette.selected == 1)
        app.press(.escape)
        #expect(app.state.mode == .browse)
        #expect(app.state.browser == BrowserState())
        app.press([.key(.control("p"))] + Fixtures.type("me") + [.key(.down), .key(.enter)])
        #expect(app.selection == (try keyNode("app:ui:theme")))
    }

    @Test func thePaletteShowsOnlyWhatTheFilterShows() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("f"))] + Fixtures.type("user:*:") + [.key(.enter)])
        app.press([.key(.control("p"))] + Fixtures.type("me"))
        #expect(hits(app) == ["user:main:name"])
    }

    @Test func narrowingAgreesWithAFreshRanking() throws {
        let engine = try Fixtures.engine()
        let narrowing = TreeCache(source: engine)
        for text in ["a", "ap", "app", "appu", "appuT", "appuTh", "i", "in", "ins"] {
            let fresh = TreeCache(source: engine)
            let expected = fresh.search.fuzzyHits(
                text, limit: 5, filter: nil, index: fresh.currentIndex())
            let narrowed = narrowing.search.fuzzyHits(
                text, limit: 5, filter: nil, index: narrowing.currentIndex())
            #expect(narrowed.best == expected.best, "\(text)")
            #expect(narrowed.matchCount == expected.matchCount, "\(text)")
        }
    }

    @Test func matcherScoresAndReportsPositions() {
        let matcher = FuzzyMatcher("uith")
        var positions: [Int] = []
        let score = Array("app:ui:".utf8).withUnsafeBufferPointer { prefix in
            Array("theme".utf8).withUnsafeBufferPointer { label in
                matcher.score(prefix: prefix, label: label, positions: &positions)
            }
        }
        #expect(score != nil)
        #expect(positions == [4, 5, 7, 8])
        let miss = Array("app:ui:".utf8).withUnsafeBufferPointer { prefix in
            Array("font".utf8).withUnsafeBufferPointer { label in
                matcher.score(prefix: prefix, label: label)
            }
        }
        #expect(miss == nil)
    }

    @Test func topHitsKeepsTheBestInOrder() {
        var top = TopHits(limit: 3)
        for (position, score) in [5, 9, 1, 9, 7, 3].enumerated() {
            top.offer(TopHits.Hit(score: score, length: 10, position: position))
        }
        #expect(top.ranked.map(\.position) == [1, 3, 4])
        top.offer(TopHits.Hit(score: 9, length: 4, position: 8))
        #expect(top.ranked.map(\.position) == [8, 1, 3])
    }
}
