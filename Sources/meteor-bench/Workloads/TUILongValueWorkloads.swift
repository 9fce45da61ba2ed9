import MeteorKit
import MeteorTUI

/// `tui.edit_long_value.60k`: inline editing (`e`) of a 60,000-character value, the longest
/// the default profile allows in round figures, through the real ``App`` on
/// ``InMemoryTerminal`` (120×40).
///
/// Each run is one keystroke of a mix (type, delete, move by character and word, jump to
/// either end), from the key to the frame presented, so the median is the median keystroke.
/// The field must cost O(field width) per frame: it used to measure every prefix of the text
/// up to the cursor (issue 12 reports 2 s a keystroke at 4,000 characters, and no frame at
/// 60,000). Baseline: inserting a character into a plain `[Character]` of the same length and
/// making the string of a 120-column window, the least a text field does per keystroke.
enum TUILongValueWorkloads {
    static let length = 60_000

    static var all: [Workload] { [editLongValue()] }

    /// One keystroke each; the mix leaves the text as long as it found it.
    static let mix: [KeyPress] = [
        .character("x"), .left, .left, .alt("b"), .character("y"), .backspace, .right,
        .home, .right, .character("z"), .delete, .control("e"), .backspace, .end,
        .alt("b"), .alt("f"),
    ]

    static func editLongValue() -> Workload {
        let app = Lazy { () -> App<InMemoryTerminal> in
            let engine = MeteorEngine()
            let words = "lorem ipsum dolor sit amet, consectetur adipiscing elit "
            let value = String(
                String(repeating: words, count: length / words.count + 1).prefix(length))
            guard (try? engine.set("app:notes:long", value)) != nil else {
                fatalError("the 60,000-character value was refused")
            }
            engine.clearHistory()
            let app = App(
                backend: InMemoryTerminal(size: TUIFixture.size, keepsAllFrames: false),
                document: InMemoryDocument(engine: engine), editor: NoEditor())
            for key in [KeyPress.character("*"), .character("j"), .character("j"), .character("e")]
            {
                app.step(.key(key))
            }
            app.draw()
            return app
        }
        let next = Counter()
        let samples = Samples()
        let text = Characters(Array(String(repeating: "lorem ipsum ", count: length / 12)))
        return Workload(
            name: "tui.edit_long_value.60k", n: length, runs: mix.count * 20,
            targetMilliseconds: 5,
            run: { stopwatch in
                let app = app.value
                let key = mix[next.value % mix.count]
                next.value += 1
                let before = stopwatch.elapsed
                stopwatch.measure {
                    app.step(.key(key))
                    app.draw()
                }
                samples.values.append((stopwatch.elapsed - before).milliseconds)
                samples.byAction[[.key(key)], default: []].append(
                    samples.values[samples.values.count - 1])
                guard case .editing(let edit) = app.state.mode,
                    edit.editor.characters.count >= length - 1
                else { preconditionFailure("tui.edit_long_value.60k left the field") }
            },
            baseline: { stopwatch in
                let cursor = (next.value * 7_919) % text.characters.count
                stopwatch.measure {
                    text.characters.insert("x", at: cursor)
                    blackHole(String(text.characters[max(0, cursor - 119)...cursor]))
                }
                text.characters.remove(at: cursor)
            },
            extras: {
                let sorted = samples.values.sorted()
                let slowest = samples.byAction.values.map { $0.sorted()[$0.count / 2] }.max()
                return [
                    "slowest action's median ms": slowest ?? 0,
                    "p90 ms": sorted.isEmpty ? 0 : sorted[sorted.count * 9 / 10],
                    "max ms": sorted.last ?? 0,
                ]
            })
    }
}

/// The baseline's text, owned by one reference so an insert never copies it.
final class Characters {
    var characters: [Character]

    init(_ characters: [Character]) {
        self.characters = characters
    }
}
