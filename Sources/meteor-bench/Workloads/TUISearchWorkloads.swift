import MeteorKit
import MeteorTUI

/// TUI search workloads (issue 7): one keystroke over 1,000,000 keys, from the key to the
/// presented frame, through the real `App` on an `InMemoryTerminal` (120×40).
///
/// The data is the engine workloads' store: `ctx{i%10}:ns{i%1000}:key{i}`, so 10 contexts ×
/// 100 namespaces × 1,000 keys. Each app is warmed first (its key corpus built, as it is after
/// the first keystroke of a session); the cost of that first build is reported as `cold_ms`.
/// Baselines do the same matching on a plain `[String]` of the keys, comparing UTF-8 bytes.
enum TUISearchWorkloads {
    static var all: [Workload] {
        let fixture = TUISearchFixture()
        return [filter(fixture), search(fixture), fuzzy(fixture)]
    }

    static let n = EngineWorkloads.n

    /// Typing one more character into the filter field: `key12` becomes `key123`
    /// (`*:**:*key123*`, 1,111 matches), the tree is rebuilt and the frame drawn.
    static func filter(_ fixture: TUISearchFixture) -> Workload {
        Workload(
            name: "tui.filter.1m", n: n, targetMilliseconds: 100,
            run: { stopwatch in
                let app = fixture.filterApp
                stopwatch.measure {
                    app.step(.key(.character("3")))
                    app.draw()
                }
                precondition(
                    app.backend.lastFrame?.lines[0].contains("filter key123 (1111)") == true,
                    "tui.filter.1m did not filter")
                app.step(.key(.backspace))
            },
            baseline: { stopwatch in
                let keys = fixture.keys
                let needle = Array("key123".utf8)
                let count = stopwatch.measure { keys.count { contains($0, needle) } }
                precondition(count == 1_111, "tui.filter.1m baseline miscounted")
            },
            extras: { ["cold_ms": fixture.coldFilterMilliseconds] })
    }

    /// `n` when the only hit, `key999999`, is the selected key itself: the search scans all
    /// 1,000,000 keys from the selection, wraps, and comes back to it.
    static func search(_ fixture: TUISearchFixture) -> Workload {
        Workload(
            name: "tui.search.1m", n: n, targetMilliseconds: 100,
            run: { stopwatch in
                let app = fixture.searchApp
                stopwatch.measure {
                    app.step(.key(.character("n")))
                    app.draw()
                }
                precondition(
                    app.state.status?.text.contains("continued at the top") == true,
                    "tui.search.1m did not wrap")
            },
            baseline: { stopwatch in
                let keys = fixture.keys
                let needle = Array("999999".utf8)
                let hit = stopwatch.measure { keys.firstIndex { contains($0, needle) } }
                precondition(hit != nil, "tui.search.1m baseline missed")
            })
    }

    /// The first character typed into the Ctrl-P palette: every address is tested and the
    /// matches (about half of them) are scored into the top 100.
    static func fuzzy(_ fixture: TUISearchFixture) -> Workload {
        Workload(
            name: "tui.fuzzy.1m", n: n,
            run: { stopwatch in
                let app = fixture.fuzzyApp
                stopwatch.measure {
                    app.step(.key(.character("9")))
                    app.draw()
                }
                app.step(.key(.backspace))
            },
            baseline: { stopwatch in
                let keys = fixture.keys
                let count = stopwatch.measure { keys.count { $0.utf8.contains(0x39) } }
                blackHole(count)
            })
    }
}

/// The 1,000,000-key document and apps for the TUI search workloads, built on first use.
final class TUISearchFixture {
    private let engines = EngineFixture()

    /// The store.
    lazy var engine: MeteorEngine = engines.filledEngine

    /// The keys' flat spellings, for the baselines.
    lazy var keys: [String] = engines.addresses.map(\.key.flat)

    /// An app with its contexts open, as `meteor tui` starts.
    func makeApp() -> App<InMemoryTerminal> {
        var state = AppState()
        for context in engine.contexts { state.browser.expanded.insert(.context(context)) }
        let app = App(
            backend: InMemoryTerminal(size: Size(width: 120, height: 40), keepsAllFrames: false),
            document: InMemoryDocument(engine: engine, displayName: "bench.meteor"),
            editor: NoEditor(), initialState: state)
        app.step(.resize(Size(width: 120, height: 40)))
        return app
    }

    /// An app in the filter field holding `key12`.
    lazy var filterApp: App<InMemoryTerminal> = {
        let app = makeApp()
        for event in [InputEvent.key(.character("f"))] + "key12".map({ .key(.character($0)) }) {
            app.step(event)
        }
        app.draw()
        return app
    }()

    /// An app whose selection is on `key999999`, found by `/999999`.
    lazy var searchApp: App<InMemoryTerminal> = {
        let app = makeApp()
        for event in [InputEvent.key(.character("/"))] + "999999".map({ .key(.character($0)) })
            + [.key(.enter)]
        {
            app.step(event)
        }
        app.draw()
        return app
    }()

    /// An app with the empty Ctrl-P palette open.
    lazy var fuzzyApp: App<InMemoryTerminal> = {
        let app = makeApp()
        app.step(.key(.control("p")))
        app.draw()
        return app
    }()

    /// The first filter keystroke of a fresh app: the key corpus is built too.
    lazy var coldFilterMilliseconds: Double = {
        let app = makeApp()
        app.step(.key(.character("f")))
        var stopwatch = Stopwatch()
        stopwatch.measure {
            app.step(.key(.character("k")))
            app.draw()
        }
        return stopwatch.elapsed.milliseconds
    }()
}

/// Whether a string's UTF-8 bytes contain `needle`: the plain-Swift baseline's substring test.
private func contains(_ text: String, _ needle: [UInt8]) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count)
        where bytes[start..<start + needle.count].elementsEqual(needle) {
            return true
        }
        return false
    }
}
