import MeteorKit
import MeteorTUI

/// TUI edit workloads: the cost of changing data while a view of 1,000,000 keys is open.
///
/// - `tui.edit_with_filter.1m`: with the filter `key123` on (1,111 matches shown), edit the
///   selected key's value (`e`, a character, Enter, `y`) and draw. A value edit changes no
///   key, so the filtered tree, the key corpus and the tree index must all survive it.
///   Baseline: a value edit through the engine alone (`set` of one existing address).
enum TUIEditWorkloads {
    static var all: [Workload] {
        let fixture = TUISearchFixture()
        return [editWithFilter(fixture)]
    }

    static func editWithFilter(_ fixture: TUISearchFixture) -> Workload {
        let app = Lazy {
            let app = fixture.makeApp()
            let keys = "key123".map { InputEvent.key(.character($0)) }
            for event in [.key(.character("f"))] + keys + [.key(.enter)] { app.step(event) }
            app.draw()
            return app
        }
        return Workload(
            name: "tui.edit_with_filter.1m", n: TUISearchWorkloads.n, targetMilliseconds: 10,
            run: { stopwatch in
                let app = app.value
                stopwatch.measure {
                    for key in [KeyPress.character("e"), .character("x"), .enter, .character("y")] {
                        app.step(.key(key))
                    }
                    app.draw()
                }
                precondition(
                    app.state.status?.text.hasPrefix("changed") == true
                        && app.backend.lastFrame?.lines[0].contains("filter key123") == true,
                    "tui.edit_with_filter.1m did not edit under the filter")
            },
            baseline: { stopwatch in
                let engine = fixture.engine
                let set = stopwatch.measure { try? engine.set("ctx0:ns0:key0", "baseline") }
                precondition(set != nil, "tui.edit_with_filter.1m baseline did not set")
            })
    }
}

/// A value made on first use, shared by a workload's closures.
final class Lazy<Value> {
    private let make: () -> Value
    private var made: Value?

    init(_ make: @escaping () -> Value) {
        self.make = make
    }

    var value: Value {
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
