import MeteorKit
import Testing

@testable import MeteorTUI

/// The keys of every mode other than browsing, through the reducer: state′ and effects.
@Suite struct ReducerModeTests {
    typealias Outcome = ReducerActionTests.Outcome

    static let theme = ReducerActionTests.theme

    /// Puts a fresh app (at `app:ui:theme`, the document dirty) into `mode`, then presses
    /// `keys` through the reducer.
    func press(_ keys: [KeyPress], in mode: Mode, prepare: (InMemoryDocument) -> Void = { _ in })
        throws -> Outcome
    {
        let (app, document) = try Fixtures.app()
        app.step(.key(.character("*")))
        for _ in 0..<5 { app.step(.key(.character("j"))) }
        prepare(document)
        var state = app.state
        state.mode = mode
        let before = state
        var effects: [Effect] = []
        for key in keys { effects += app.reducer.handle(.key(key), state: &state) }
        return Outcome(
            before: before, after: state, effects: effects, document: document,
            reducer: app.reducer)
    }

    static let editing = Mode.editing(
        EditState(address: theme, original: "dark", editor: LineEditor("dark")))

    @Test func editingKeys() throws {
        var outcome = try press([.escape], in: Self.editing)
        #expect(outcome.after.mode == .browse)
        #expect(outcome.after.status?.text == "edit cancelled")
        outcome = try press([.enter], in: Self.editing)
        #expect(outcome.after.mode == .browse)
        #expect(outcome.after.status?.text == "no change")
        outcome = try press([.character("!"), .enter], in: Self.editing)
        #expect(
            outcome.after.mode
                == .confirmEdit(
                    PendingEdit(
                        address: Self.theme, original: "dark", changedMeanwhile: nil, new: "dark!"))
        )
        outcome = try press([.function(5)], in: Self.editing)
        #expect(outcome.effects == [.bell])
        #expect(outcome.after.mode == Self.editing)
    }

    static let adding = Mode.adding(
        AddState(context: .app, namespace: ReducerActionTests.ui, key: LineEditor()))

    @Test func addingKeys() throws {
        var outcome = try press([.escape], in: Self.adding)
        #expect(outcome.after.mode == .browse)
        outcome = try press([.enter], in: Self.adding)
        guard case .adding(let empty) = outcome.after.mode else {
            Issue.record("left the add field")
            return
        }
        #expect(empty.problem == "type a key: `theme`, `ui:theme` or `app:ui:theme`")
        outcome = try press([.character("a"), .character(" ")], in: Self.adding)
        guard case .adding(let bad) = outcome.after.mode else { return }
        #expect(bad.problem?.contains("invalidKey") == true)
        outcome = try press(
            [.character("n"), .character("e"), .character("w"), .enter, .character("v"), .enter],
            in: Self.adding)
        #expect(outcome.after.mode == .browse)
        #expect(outcome.document.engine.get(try Address(parsing: "app:ui:new")) == "v")
        #expect(outcome.after.browser.selectedID == .key(try Address(parsing: "app:ui:new")))
    }

    static let confirmEdit = Mode.confirmEdit(
        PendingEdit(address: theme, original: "dark", changedMeanwhile: nil, new: "light"))

    @Test func confirmEditKeys() throws {
        for key in [KeyPress.character("y"), .enter] {
            let outcome = try press([key], in: Self.confirmEdit)
            #expect(outcome.document.engine.get(Self.theme) == "light")
            #expect(outcome.after.mode == .browse)
        }
        var outcome = try press([.character("e")], in: Self.confirmEdit)
        #expect(
            outcome.after.mode
                == .editing(
                    EditState(address: Self.theme, original: "dark", editor: LineEditor("light"))))
        for key in [KeyPress.character("n"), .escape] {
            outcome = try press([key], in: Self.confirmEdit)
            #expect(outcome.document.engine.get(Self.theme) == "dark")
            #expect(outcome.after.status?.text == "change discarded")
        }
        outcome = try press([.character("x")], in: Self.confirmEdit)
        #expect(outcome.effects == [.bell])
    }

    static let confirmDelete = Mode.confirmDelete(
        DeleteRequest(path: "app:ui:theme", description: "the key app:ui:theme"))

    @Test func confirmDeleteKeys() throws {
        var outcome = try press([.character("y")], in: Self.confirmDelete)
        #expect(outcome.document.engine.get(Self.theme) == nil)
        #expect(outcome.after.status?.text == "deleted the key app:ui:theme — u undoes")
        for key in [KeyPress.character("n"), .escape] {
            outcome = try press([key], in: Self.confirmDelete)
            #expect(outcome.document.engine.get(Self.theme) == "dark")
            #expect(outcome.after.mode == .browse)
        }
        outcome = try press([.character("x")], in: Self.confirmDelete)
        #expect(outcome.effects == [.bell])
        #expect(outcome.after.mode == Self.confirmDelete)
    }

    @Test func confirmQuitKeys() throws {
        var outcome = try press([.character("s")], in: .confirmQuit)
        #expect(outcome.effects == [.save(force: false), .quit])
        outcome = try press([.character("d")], in: .confirmQuit)
        #expect(outcome.effects == [.discardChanges, .quit])
        #expect(outcome.after.shouldQuit)
        for key in [KeyPress.character("c"), .escape] {
            outcome = try press([key], in: .confirmQuit)
            #expect(outcome.effects.isEmpty)
            #expect(outcome.after.mode == .browse)
            #expect(!outcome.after.shouldQuit)
        }
        #expect(try press([.character("x")], in: .confirmQuit).effects == [.bell])
    }

    @Test func fileChangedKeys() throws {
        var outcome = try press([.character("r")], in: .fileChanged)
        #expect(outcome.effects == [.reload])
        outcome = try press([.character("o")], in: .fileChanged)
        #expect(outcome.effects == [.save(force: true)])
        outcome = try press([.character("s")], in: .fileChanged)
        #expect(outcome.after.mode == .saveAs(SaveAsState(path: "demo.meteor")))
        #expect(outcome.effects.isEmpty)
        for key in [KeyPress.character("c"), .escape] {
            outcome = try press([key], in: .fileChanged)
            #expect(outcome.after.mode == .browse)
            #expect(outcome.after.status == StatusMessage("not saved", isError: true))
        }
        #expect(try press([.character("x")], in: .fileChanged).effects == [.bell])
    }

    @Test func recoveryOfferKeys() throws {
        let offer = Mode.recoveryOffer(count: 1)
        let setsTheme: (InMemoryDocument) -> Void = { document in
            document.pendingRecoveryCount = 1
            document.recoverableChanges = [.setAddress(Self.theme, value: "recovered")]
        }
        var outcome = try press([.character("r")], in: offer, prepare: setsTheme)
        #expect(outcome.document.engine.get(Self.theme) == "recovered")
        #expect(outcome.after.status?.text == "recovered 1 unsaved changes — w saves them")
        outcome = try press([.character("d")], in: offer, prepare: setsTheme)
        #expect(outcome.document.pendingRecoveryCount == nil)
        #expect(outcome.document.engine.get(Self.theme) == "dark")
        for key in [KeyPress.character("l"), .escape] {
            outcome = try press([key], in: offer, prepare: setsTheme)
            #expect(outcome.document.pendingRecoveryCount == 1)
            #expect(outcome.after.mode == .browse)
        }
        #expect(try press([.character("x")], in: offer).effects == [.bell])
    }

    @Test func helpKeys() throws {
        let help = Mode.help(filter: "", scrollTop: 2)
        #expect(try press([.escape], in: help).after.mode == .browse)
        #expect(try press([.function(1)], in: help).after.mode == .browse)
        #expect(try press([.character("q")], in: help).after.mode == .browse)
        #expect(try press([.down], in: help).after.mode == .help(filter: "", scrollTop: 3))
        #expect(try press([.up], in: help).after.mode == .help(filter: "", scrollTop: 1))
        // Once a filter is typed, q and ? are filter text.
        let typed = try press([.character("s"), .character("q")], in: help)
        #expect(typed.after.mode == .help(filter: "sq", scrollTop: 0))
        #expect(
            try press([.backspace], in: .help(filter: "sa", scrollTop: 4)).after.mode
                == .help(filter: "s", scrollTop: 0))
    }

    @Test func helpStopsAtItsLastRow() throws {
        let rows = HelpOverlay.rows(Keymap.standard.bindings, filter: "").count
        let page = HelpOverlay.pageHeight(for: Size(width: 80, height: 24))
        try #require(rows > page)
        // More presses than there are rows: the last page stays full, no blank space below.
        let down = try press(
            Array(repeating: .down, count: rows + 5), in: .help(filter: "", scrollTop: 0))
        #expect(down.after.mode == .help(filter: "", scrollTop: rows - page))
        let paged = try press([.pageDown, .pageDown, .pageDown, .pageDown], in: down.after.mode)
        #expect(paged.after.mode == .help(filter: "", scrollTop: rows - page))
    }
}
