import Foundation
import MeteorStore
import MeteorTUI
import MeteorTUIStore

/// TUI workloads (issue 6): the real ``App`` on ``InMemoryTerminal`` over the 1M-entry
/// document, opened through ``StoreTUILauncher`` exactly as `meteor tui FILE` opens it.
///
/// - `tui.first_frame.1m`: from nothing to the first complete browser frame presented: the
///   loading screen, reading and parsing the file, storing 1M entries, the tree index, the
///   first draw. Baseline: reading the same file and splitting it into lines.
/// - `tui.keystroke.1m`: one action of a mix (move, page, expand and collapse a namespace of
///   1,000 keys, `G`, `gg`), from the key to the frame presented. Each run is one action, so
///   the median is the median keystroke. Baseline: drawing the same number of rows from a
///   plain `[String]` into a grid of characters, the least any list view does per frame.
/// - `tui.keystroke.1m_one_namespace`: the same mix over 1M keys in ONE namespace, plus a
///   value edit (`e`, a character, Enter, `y`) of the last key: nothing a keystroke does may
///   scan the namespace. Same baseline.
enum TUIWorkloads {
    static var all: [Workload] {
        let fixture = TUIFixture(count: 1_000_000)
        let oneNamespace = TUIFixture(count: 1_000_000, layout: .oneNamespace)
        return [
            firstFrame(fixture), keystroke(fixture),
            keystroke(
                oneNamespace, name: "tui.keystroke.1m_one_namespace", mix: oneNamespaceMix),
        ]
    }

    static func firstFrame(_ fixture: TUIFixture) -> Workload {
        let loadingFrames = Counter()
        let appPeak = Counter()
        return Workload(
            name: "tui.first_frame.1m", n: fixture.count, targetMilliseconds: 1_500,
            run: { stopwatch in
                let path = fixture.path
                // The baseline ran just before; the app's own peak starts here.
                Memory.resetPeak()
                let app = stopwatch.measure { () -> App<InMemoryTerminal>? in
                    let terminal = InMemoryTerminal(size: TUIFixture.size, keepsAllFrames: false)
                    terminal.enter()
                    let app = try? StoreTUILauncher.makeApp(
                        path: path, store: FileStore(), backend: terminal, editor: NoEditor(),
                        engine: MeteorEngine(limits: TUIFixture.limits))
                    loadingFrames.value = terminal.presentCount
                    try? app?.run()
                    return app
                }
                precondition(
                    app?.reducer.document.engine.entryCount == fixture.count, "load failed")
                precondition(
                    app?.backend.lastFrame?.lines[1].contains("ctx0") == true, "no first frame")
                appPeak.value = max(appPeak.value, Memory.peakBytes)
            },
            baseline: { stopwatch in
                let path = fixture.path
                let lines = stopwatch.measure { () -> Int in
                    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
                        return 0
                    }
                    return data.split(separator: UInt8(ascii: "\n")).map {
                        String(decoding: $0, as: UTF8.self)
                    }.count
                }
                precondition(lines == fixture.count + 1, "baseline split failed")
            },
            extras: {
                [
                    "loading frames": Double(loadingFrames.value),
                    "app peak MB (load + first frame)": Double(appPeak.value) / 1_048_576,
                ]
            })
    }

    /// One action each: what a user does while exploring a large document.
    static let mix: [[InputEvent]] = [
        [.key(.character("j"))],  // to ctx0 › ns0
        [.key(.character("l"))],  // expand ns0: 1,000 keys
        [.key(.character("j"))],
        [.key(.pageDown)],
        [.key(.pageDown)],
        [.key(.pageUp)],
        [.key(.character("k"))],
        [.key(.character("G"))],
        [.key(.character("g")), .key(.character("g"))],
        [.key(.character("j"))],
        [.key(.character("h"))],  // collapse ns0 again
        [.key(.character("k"))],  // back at ctx0: the mix repeats from the same state
    ]

    /// The mix over one namespace of 1M keys: expand it, page, jump to its last key, edit that
    /// key's value, jump back.
    static let oneNamespaceMix: [[InputEvent]] = [
        [.key(.character("j"))],  // to ctx0 › ns0
        [.key(.character("l"))],  // expand ns0: 1,000,000 keys
        [.key(.character("j"))],
        [.key(.pageDown)],
        [.key(.pageDown)],
        [.key(.pageUp)],
        [.key(.character("k"))],
        [.key(.character("G"))],  // the last key
        [.key(.character("e")), .key(.character("x")), .key(.enter), .key(.character("y"))],
        [.key(.character("g")), .key(.character("g"))],
        [.key(.character("j"))],
        [.key(.character("h"))],  // collapse ns0 again
        [.key(.character("k"))],  // back at ctx0: the mix repeats from the same state
    ]

    static func keystroke(
        _ fixture: TUIFixture, name: String = "tui.keystroke.1m", mix: [[InputEvent]] = mix
    ) -> Workload {
        let next = Counter()
        let samples = Samples()
        return Workload(
            name: name, n: 1, runs: mix.count * 25, targetMilliseconds: 10,
            run: { stopwatch in
                let app = fixture.app
                let events = mix[next.value % mix.count]
                next.value += 1
                let before = stopwatch.elapsed
                stopwatch.measure {
                    for event in events { app.step(event) }
                    app.draw()
                }
                samples.values.append((stopwatch.elapsed - before).milliseconds)
                samples.byAction[events, default: []].append(
                    samples.values[samples.values.count - 1])
                precondition(!app.state.shouldQuit, "the mix quit the app")
                precondition(
                    !events.contains(.key(.enter))
                        || app.state.status?.text.hasPrefix("changed") == true,
                    "the edit in the mix was not applied")
            },
            baseline: { stopwatch in
                let labels = fixture.labels
                let start = (next.value * 997) % (labels.count - 40)
                stopwatch.measure {
                    var grid = [[Character]](
                        repeating: Array(repeating: " ", count: TUIFixture.size.width),
                        count: TUIFixture.size.height)
                    for row in 0..<TUIFixture.size.height - 4 {
                        for (column, character) in labels[start + row].enumerated()
                        where column < TUIFixture.size.width {
                            grid[row][column] = character
                        }
                    }
                    blackHole(grid)
                }
            },
            extras: {
                let sorted = samples.values.sorted()
                let slowest = samples.byAction.values.map { $0.sorted()[$0.count / 2] }.max()
                return [
                    "slowest action's median ms": slowest ?? 0,
                    "actions in the mix": Double(mix.count),
                    "p90 ms": sorted.isEmpty ? 0 : sorted[sorted.count * 9 / 10],
                    "max ms": sorted.last ?? 0,
                    "app peak MB (load + first frame)": Double(fixture.appPeakBytes) / 1_048_576,
                ]
            })
    }
}

/// A mutable count shared by a workload's closures.
final class Counter {
    var value = 0
}

/// Timings collected across a workload's runs.
final class Samples {
    var values: [Double] = []
    /// The same timings by the action that took them.
    var byAction: [[InputEvent]: [Double]] = [:]
}
