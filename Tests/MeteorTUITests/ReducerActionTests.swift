import MeteorKit
import Testing

@testable import MeteorTUI

/// Every binding of the standard keymap, pressed through the reducer: state′ and effects.
///
/// The table below holds one expectation per action (and scope). A new binding whose action
/// has no expectation fails `everyBindingHasAnExpectation`: add one here with the action.
@Suite struct ReducerActionTests {
    /// Where a press starts from.
    enum Start {
        /// Nothing expanded, the first context selected.
        case collapsed
        /// Everything expanded, `app:ui:theme` (row 5) selected.
        case atTheme
        /// As `atTheme`, after `theme` was edited to `x` (so there is history).
        case afterEdit
        /// The help overlay.
        case help
    }

    struct Outcome {
        var before: AppState
        var after: AppState
        var effects: [Effect]
        var document: InMemoryDocument
    }

    struct Expectation: Sendable {
        var start: Start
        var check: @Sendable (Outcome) throws -> Void
    }

    /// A fixture value that is valid by construction.
    static func fixture<T>(_ make: () throws -> T) -> T {
        guard let value = try? make() else { fatalError("invalid fixture") }
        return value
    }

    static func address(_ path: String) -> Address { fixture { try Address(parsing: path) } }

    static let theme = address("app:ui:theme")

    /// Presses `keys` (one binding) from `start`, through the reducer only: effects are
    /// returned, not run.
    static func press(_ keys: [KeyPress], from start: Start) throws -> Outcome {
        let (app, document) = try Fixtures.app()
        switch start {
        case .collapsed:
            break
        case .atTheme, .afterEdit, .help:
            app.step(.key(.character("*")))
            for _ in 0..<5 { app.step(.key(.character("j"))) }
            if start == .afterEdit {
                let edit: [InputEvent] =
                    [
                        .key(.character("e")), .key(.control("u")), .key(.character("x")),
                        .key(.enter), .key(.character("y")),
                    ]
                for event in edit { app.step(event) }
            }
            if start == .help { app.step(.key(.character("?"))) }
        }
        let before = app.state
        var state = before
        var effects: [Effect] = []
        for key in keys { effects += app.reducer.handle(.key(key), state: &state) }
        return Outcome(before: before, after: state, effects: effects, document: document)
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

    /// One expectation per browse-scope action.
    static let browse: [Action: Expectation] = [
        .move(.down): Expectation(start: .atTheme) { row($0, 6, font) },
        .move(.up): Expectation(start: .atTheme) { row($0, 4, label) },
        .move(.top): Expectation(start: .atTheme) { row($0, 0, .context(.app)) },
        .move(.bottom): Expectation(start: .atTheme) { row($0, 15, name) },
        .move(.pageDown): Expectation(start: .atTheme) { row($0, 15, name) },
        .move(.pageUp): Expectation(start: .atTheme) { row($0, 0, .context(.app)) },
        .move(.halfPageDown): Expectation(start: .atTheme) { row($0, 15, name) },
        .move(.halfPageUp): Expectation(start: .atTheme) { row($0, 0, .context(.app)) },
        .expand: Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded == [.context(.app)])
            #expect($0.after.browser.selectedRow == 0)
            #expect($0.effects.isEmpty)
        },
        .collapse: Expectation(start: .atTheme) {
            row($0, 1, .folder(.app, "ui"))
            #expect($0.after.browser.expanded == $0.before.browser.expanded)
        },
        .parent: Expectation(start: .atTheme) { row($0, 1, .folder(.app, "ui")) },
        .activate: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .editing(
                        EditState(address: theme, original: "dark", editor: LineEditor("dark"))))
            #expect($0.effects.isEmpty)
        },
        .expandAll: Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded.count == 8)
            #expect($0.after.browser.expanded.contains(.folder(.app, "ui.widgets")))
            #expect($0.effects.isEmpty)
        },
        .collapseAll: Expectation(start: .atTheme) {
            #expect($0.after.browser.expanded.isEmpty)
            // The selected key is hidden now: the row number is kept, clamped to the 3 contexts.
            #expect($0.after.browser.selectedRow == 2)
        },
        .expandToLevel(1): Expectation(start: .collapsed) {
            #expect(
                $0.after.browser.expanded
                    == [.context(.app), .context(doc), .context(user)])
        },
        .expandToLevel(2): Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded.count == 6)
            #expect($0.after.browser.expanded.contains(.folder(doc, "guides")))
            #expect(!$0.after.browser.expanded.contains(.folder(doc, "guides.install")))
        },
        .expandToLevel(3): Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded.count == 8)
        },
        .focusNext: Expectation(start: .atTheme) {
            #expect($0.after.focus == .value)
            #expect($0.after.browser == $0.before.browser)
        },
        .toggleWrap: Expectation(start: .atTheme) {
            #expect($0.after.valuePane.wraps)
            #expect($0.after.valuePane.scrollTop == 0)
        },
        .toggleLineNumbers: Expectation(start: .atTheme) {
            #expect(!$0.after.valuePane.showsLineNumbers)
        },
        .editInline: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .editing(
                        EditState(address: theme, original: "dark", editor: LineEditor("dark"))))
        },
        .editExternal: Expectation(start: .atTheme) {
            #expect($0.effects == [.editExternally(theme, "dark")])
            #expect($0.after.mode == .browse)
        },
        .addKey: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .adding(AddState(context: .app, namespace: ui, key: LineEditor())))
        },
        .delete: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .confirmDelete(
                        DeleteRequest(path: "app:ui:theme", description: "the key app:ui:theme")))
            #expect($0.document.engine.get(theme) == "dark")
        },
        .undo: Expectation(start: .afterEdit) {
            #expect($0.document.engine.get(theme) == "dark")
            #expect($0.after.status?.text.hasPrefix("undid #") == true)
            #expect($0.effects.isEmpty)
        },
        .redo: Expectation(start: .afterEdit) {
            // Nothing was undone: redo says so and changes nothing.
            #expect($0.document.engine.get(theme) == "x")
            #expect($0.after.status?.isError == true)
        },
        .save: Expectation(start: .atTheme) {
            #expect($0.effects == [.save(force: false)])
            #expect($0.after == $0.before)
        },
        .quit: Expectation(start: .atTheme) {
            #expect($0.effects == [.quit])
            #expect($0.after.shouldQuit)
        },
        .toggleHelp: Expectation(start: .atTheme) {
            #expect($0.after.mode == .help(filter: "", scrollTop: 0))
        },
    ]

    /// One expectation per help-scope action.
    static let help: [Action: Expectation] = [
        .cancel: Expectation(start: .help) { #expect($0.after.mode == .browse) },
        .move(.down): Expectation(start: .help) {
            #expect($0.after.mode == .help(filter: "", scrollTop: 1))
        },
        .move(.up): Expectation(start: .help) {
            #expect($0.after.mode == .help(filter: "", scrollTop: 0))
        },
    ]

    static func expectation(for binding: KeyBinding) -> Expectation? {
        switch binding.scope {
        case .browse: browse[binding.action]
        case .help: help[binding.action]
        default: nil
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
        try expectation.check(try Self.press(binding.keys, from: expectation.start))
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
