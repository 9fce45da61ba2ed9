import MeteorKit
import Testing

@testable import MeteorTUI

/// The tree viewport after any action or resize: as many rows as fit, the selection in
/// sight, the offset within bounds.
@Suite struct ViewportTests {
    /// The fixture plus a namespace of 40 keys, so the open tree is taller than the screen.
    static func app(size: Size) throws -> App<InMemoryTerminal> {
        let engine = try Fixtures.engine()
        for index in 0..<40 {
            try engine.execute(.set(path: "shell:aliases:alias\(index)", value: "\(index)"))
        }
        engine.clearHistory()
        let document = InMemoryDocument(engine: engine, displayName: "demo.meteor")
        let app = App(
            backend: InMemoryTerminal(size: size), document: document,
            editor: ScriptedEditor(results: []))
        app.step(.resize(size))
        return app
    }

    /// The tree pane's lines, inside its border.
    static func treeLines(_ app: App<InMemoryTerminal>) -> [String] {
        app.draw()
        let tree = Screen.layout(app.state).tree.inset(by: 1)
        let lines = app.backend.lastFrame?.lines ?? []
        return lines[tree.y..<tree.maxY].map { line in
            let characters = Array(line)
            let start = min(tree.x, characters.count)
            let end = min(tree.maxX, characters.count)
            return String(characters[start..<end]).trimmingTrailingSpaces()
        }
    }

    @Test func collapsingAllAtTheBottomShowsEveryContext() throws {
        let app = try Self.app(size: Size(width: 80, height: 24))
        app.press([.key(.character("*")), .key(.character("G")), .key(.character("-"))])
        #expect(app.state.browser.scrollTop == 0)
        #expect(
            Array(Self.treeLines(app).prefix(5)) == [
                "▸ app (1)", "▸ doc (1)", "▸ shell (1)", "▸ user (1)", "",
            ])
    }

    @Test func expandingToContextsAtTheBottomShowsEveryContext() throws {
        let app = try Self.app(size: Size(width: 80, height: 24))
        app.press([.key(.character("*")), .key(.character("G")), .key(.character("1"))])
        #expect(app.state.browser.scrollTop == 0)
        #expect(Self.treeLines(app).first == "▾ app")
    }

    @Test func growingTheWindowFillsTheTree() throws {
        let app = try Self.app(size: Size(width: 80, height: 24))
        app.press([.key(.character("*")), .key(.character("G"))])
        let rows = app.reducer.cache.visibleRows(for: app.state.browser).count
        app.step(.resize(Size(width: 120, height: 40)))
        let height = app.reducer.treeHeight(app.state)
        #expect(app.state.browser.scrollTop == rows - height)
        #expect(Self.treeLines(app).last?.hasSuffix("name") == true)
        #expect(Self.treeLines(app).allSatisfy { !$0.isEmpty })
    }

    /// Random action sequences on random terminal sizes, seeded so a failure repeats: after
    /// every step the selection is in sight, no row is blank while rows are hidden, and the
    /// offset stays within bounds.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func everyStepKeepsTheViewportFull(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let app = try Self.app(size: Size(width: 80, height: 24))
        let keys: [KeyPress] = [
            .character("j"), .character("k"), .character("G"), .character("g"), .character("*"),
            .character("-"), .character("1"), .character("2"), .character("3"), .character("l"),
            .character("h"), .character("p"), .pageDown, .pageUp, .control("d"), .control("u"),
            .enter, .escape, .character("H"), .character("S"), .character("d"), .character("n"),
            .character("u"), .home, .end,
        ]
        for step in 0..<300 {
            if random.next(below: 8) == 0 {
                let size = Size(
                    width: 40 + random.next(below: 140), height: 10 + random.next(below: 50))
                app.step(.resize(size))
            } else {
                app.step(.key(keys[random.next(below: keys.count)]))
            }
            if case .browse = app.state.mode {
            } else {
                app.step(.key(.escape))
            }
            let rows = app.reducer.cache.visibleRows(for: app.state.browser).count
            let height = app.reducer.treeHeight(app.state)
            let browser = app.state.browser
            let context = "seed \(seed), step \(step): \(browser), \(rows) rows, height \(height)"
            #expect(browser.scrollTop >= 0, "\(context)")
            #expect(browser.scrollTop <= max(0, rows - height), "\(context)")
            if rows > 0 {
                #expect(browser.selectedRow >= browser.scrollTop, "\(context)")
                #expect(browser.selectedRow < browser.scrollTop + height, "\(context)")
                #expect(browser.selectedRow < rows, "\(context)")
            }
        }
    }
}

/// SplitMix64: a small generator whose sequence depends only on its seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
