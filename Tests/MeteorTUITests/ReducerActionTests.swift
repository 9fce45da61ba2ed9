import MeteorKit
import Testing

@testable import MeteorTUI

/// Every binding of the standard keymap, pressed through the reducer: state′ and effects.
///
/// The tables (here and in `ReducerActionTests+*.swift`) hold one expectation per action and
/// scope. A new binding whose action has no expectation fails `everyBindingHasAnExpectation`:
/// add one with the action.
@Suite struct ReducerActionTests {
    /// Where a press starts from.
    ///
    /// Every start but `collapsed` has everything expanded and `app:ui:theme` (row 5)
    /// selected in the tree.
    enum Start: Sendable, Hashable {
        /// Nothing expanded, the first context selected.
        case collapsed
        /// Everything expanded, `app:ui:theme` (row 5) selected.
        case atTheme
        /// As `atTheme`, after `theme` was edited to `x` (so there is history).
        case afterEdit
        /// The help overlay.
        case help
        /// As `atTheme`, with `user:ui` holding `theme=light;font=mono;extra=1`.
        case twoContexts
        /// `C` Enter from `twoContexts`: `app:ui` against `user:ui`, rows `theme` (different),
        /// `font` (same), `list[0]` (only left), `extra` (only right); the first selected.
        case compare
        /// After setting `theme` and `font` and a failed set, the history pane focused on
        /// the newest record (the failed one).
        case history
        /// A note `todo` = `buy milk`, the scratch pane focused on it.
        case scratch
        /// The workspace pane focused.
        case workspace
        /// The search field (`/`) with some text typed.
        case searching(String)
        /// After `/on` Enter: `font` selected, the search remembered.
        case searched
        /// The filter field (`f`) with some text typed.
        case filtering(String)
        /// After `f font` Enter.
        case filtered
        /// The fuzzy jump palette (Ctrl-P) with some text typed.
        case jumping(String)
        /// A dialog or field open over `atTheme` (see `ReducerActionTests+Dialogs.swift`).
        case dialog(DialogStart)
    }

    struct Outcome {
        var before: AppState
        var after: AppState
        var effects: [Effect]
        var document: InMemoryDocument
        var reducer: Reducer

        var engine: MeteorEngine { document.engine }
    }

    struct Expectation: Sendable {
        var start: Start
        /// Keys pressed after reaching `start`, before the binding.
        var then: [KeyPress] = []
        var check: @Sendable (Outcome) throws -> Void
    }

    /// A fixture value that is valid by construction.
    static func fixture<T>(_ make: () throws -> T) -> T {
        guard let value = try? make() else { fatalError("invalid fixture") }
        return value
    }

    static func address(_ path: String) -> Address { fixture { try Address(parsing: path) } }

    static let theme = address("app:ui:theme")

    /// Presses `keys` (one binding) from `start` and `then`, through the reducer only: effects
    /// are returned, not run.
    static func press(_ keys: [KeyPress], from start: Start, then: [KeyPress] = []) throws
        -> Outcome
    {
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        var initial = AppState()
        // As `meteor tui --debug-pane`, so `W` opens the pane in release test builds too.
        initial.panes.isWorkspaceEnabled = true
        let app = App(
            backend: InMemoryTerminal(size: Size(width: 80, height: 24)), document: document,
            editor: ScriptedEditor(results: []), initialState: initial)
        try prepare(start, app: app, document: document)
        for key in then { app.step(.key(key)) }
        let before = app.state
        var state = before
        var effects: [Effect] = []
        for key in keys { effects += app.reducer.handle(.key(key), state: &state) }
        return Outcome(
            before: before, after: state, effects: effects, document: document,
            reducer: app.reducer)
    }

    private static func prepare(
        _ start: Start, app: App<InMemoryTerminal>, document: InMemoryDocument
    ) throws {
        let engine = document.engine
        func type(_ keys: [KeyPress]) { for key in keys { app.step(.key(key)) } }
        func text(_ text: String) -> [KeyPress] { text.map { .character($0) } }
        let atTheme = [KeyPress.character("*")] + Array(repeating: .character("j"), count: 5)
        switch start {
        case .collapsed:
            return
        case .twoContexts, .compare:
            try engine.process(meteorStream: "user:ui:theme=light;font=mono;extra=1")
            engine.clearHistory()
        case .history:
            try engine.execute(.set(path: "app:ui:theme", value: "light"))
            try engine.execute(.set(path: "app:ui:font", value: "serif"))
            let tooLong = String(repeating: "x", count: engine.limits.valueLength + 1)
            #expect(throws: MeteorError.self) {
                try engine.execute(.set(path: "app:ui:banner", value: tooLong))
            }
        case .scratch:
            try engine.execute(.scratchSet(name: "todo", value: "buy milk"))
        default:
            break
        }
        type(atTheme)
        switch start {
        case .afterEdit:
            type([.character("e"), .control("u"), .character("x"), .enter, .character("y")])
        case .help: type([.character("?")])
        case .compare: type([.character("C"), .enter])
        case .history: type([.character("H")])
        case .scratch: type([.character("S")])
        case .workspace: type([.character("W")])
        case .searching(let typed): type([.character("/")] + text(typed))
        case .searched: type([.character("/")] + text("on") + [.enter])
        case .filtering(let typed): type([.character("f")] + text(typed))
        case .filtered: type([.character("f")] + text("font") + [.enter])
        case .jumping(let typed): type([.control("p")] + text(typed))
        case .dialog(let dialog): try open(dialog, app: app, document: document)
        default: break
        }
    }

    static func row(_ outcome: Outcome, _ row: Int, _ id: TreeNodeID) {
        #expect(outcome.after.browser.selectedRow == row)
        #expect(outcome.after.browser.selectedID == id)
        #expect(outcome.effects.isEmpty)
    }

    static let ui = fixture { try Namespace(validating: "ui") }
    static let doc = fixture { try Context(validating: "doc") }
    static let user = fixture { try Context(validating: "user") }
    static let font = TreeNodeID.key(address("app:ui:font"))
    static let name = TreeNodeID.key(address("user:main:name"))
    static let label = TreeNodeID.key(address("app:ui.widgets:label[title]"))

    /// One expectation per help-scope action.
    static let help: [Action: Expectation] = [
        .cancel: Expectation(start: .help) {
            #expect($0.after.mode == .browse)
            #expect($0.effects.isEmpty)
        },
        .move(.down): Expectation(start: .help) {
            #expect($0.after.mode == .help(filter: "", scrollTop: 1))
        },
        .move(.up): Expectation(start: .help, then: [.down, .down]) {
            #expect($0.after.mode == .help(filter: "", scrollTop: 1))
        },
        .move(.pageDown): Expectation(start: .help) {
            #expect(
                $0.after.mode
                    == .help(filter: "", scrollTop: HelpOverlay.pageHeight(for: $0.after.size)))
        },
        .move(.pageUp): Expectation(start: .help, then: [.down, .down]) {
            #expect($0.after.mode == .help(filter: "", scrollTop: 0))
        },
        .clearFilter: Expectation(start: .help, then: [.character("u"), .character("n")]) {
            #expect($0.before.mode == .help(filter: "un", scrollTop: 0))
            #expect($0.after.mode == .help(filter: "", scrollTop: 0))
        },
    ]

    static func expectation(for binding: KeyBinding) -> Expectation? {
        switch binding.scope {
        case .browse: browse[binding.action]
        case .help: help[binding.action]
        case .compare: compare[binding.action]
        case .history: history[binding.action]
        case .scratch: scratch[binding.action]
        case .workspace: workspace[binding.action]
        case .search: search[binding.action]
        case .filter: filter[binding.action]
        case .fuzzy: fuzzy[binding.action]
        default: dialogs[binding.scope]?[binding.action]
        }
    }

    @Test func everyBindingHasAnExpectation() {
        for binding in Keymap.standard.bindings where Self.expectation(for: binding) == nil {
            Issue.record(
                "\(binding.keyText) → \(binding.action) (\(binding.scope)) has no reducer expectation"
            )
        }
    }

    @Test(arguments: Keymap.standard.bindings)
    func bindingDoesWhatItsActionSays(_ binding: KeyBinding) throws {
        guard let expectation = Self.expectation(for: binding) else { return }
        try expectation.check(
            try Self.press(binding.keys, from: expectation.start, then: expectation.then))
    }

    @Test func quitWithUnsavedChangesAsksInstead() throws {
        let outcome = try Self.press([.character("q")], from: .afterEdit)
        #expect(outcome.after.mode == .confirmQuit)
        #expect(!outcome.after.shouldQuit)
        #expect(outcome.effects.isEmpty)
    }

    @Test func undoWithNothingToUndoSaysSo() throws {
        let outcome = try Self.press([.character("u")], from: .atTheme)
        #expect(outcome.after.status?.isError == true)
        #expect(outcome.document.engine.get(Self.theme) == "dark")
    }
}
