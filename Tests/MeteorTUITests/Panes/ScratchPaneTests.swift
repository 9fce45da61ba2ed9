import MeteorKit
import Testing

@testable import MeteorTUI

/// The scratch pane through the reducer: every change is an engine command, so history
/// records it and undo reverts it.
@Suite struct ScratchPaneTests {
    typealias F = PaneFixtures

    @Test func aCreatesANoteThroughTheEngine() throws {
        let (app, document) = try F.app(recording: false)
        F.step(app, [F.key("S"), F.key("a")] + Fixtures.type("draft") + [.key(.enter)])
        F.step(app, Fixtures.type("first idea") + [.key(.enter)])
        #expect(app.state.mode == .browse)
        #expect(document.engine.scratch.get("draft") == "first idea")
        #expect(document.engine.history.lastCommand?.kind == .scratchSet)
        #expect(document.hasUnsavedChanges)
        #expect(document.engine.entryCount == 8)
        #expect(F.screen(app).contains { $0.contains("draft") && $0.contains("first idea") })
        app.step(F.key("u"))
        #expect(!document.engine.scratch.has("draft"))
    }

    @Test func anInvalidNameIsShownLiveAndCannotGoOn() throws {
        let (app, document) = try F.app(recording: false)
        F.step(app, [F.key("S"), F.key("a")] + Fixtures.type("my note") + [.key(.enter)])
        guard case .editingScratch(let edit) = app.state.mode else {
            Issue.record("expected the name field, got \(app.state.mode)")
            return
        }
        #expect(edit.text == nil)
        #expect(edit.problem?.contains("invalidKey") == true)
        #expect(document.engine.history.isEmpty)
        app.step(.key(.escape))
        #expect(app.state.status?.text == "new note cancelled")
    }

    @Test func anExistingNameWarnsThatEnterReplaces() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("S"), F.key("a")] + Fixtures.type("todo") + [.key(.enter)])
        guard case .editingScratch(let edit) = app.state.mode else {
            Issue.record("expected the text field")
            return
        }
        #expect(edit.problem == "note todo exists already: Enter replaces its text")
        #expect(edit.text?.text == "rename the widgets")
    }

    @Test func eEditsInlineAndEnterStores() throws {
        let (app, document) = try F.app()
        F.step(app, [F.key("S"), F.key("e"), .key(.control("u"))] + Fixtures.type("done"))
        F.step(app, [.key(.enter)])
        #expect(document.engine.scratch.get("todo") == "done")
        app.step(F.key("u"))
        #expect(document.engine.scratch.get("todo") == "rename the widgets")
    }

    @Test func unchangedEditSaysNoChange() throws {
        let (app, document) = try F.app()
        let records = document.engine.history.count
        F.step(app, [F.key("S"), .key(.enter), .key(.enter)])
        #expect(app.state.status?.text == "no change")
        #expect(document.engine.history.count == records)
    }

    @Test func bigEditOpensTheExternalEditorAndAFailureIsRecorded() throws {
        let huge = String(repeating: "y", count: 70_000)
        let editor = ScriptedEditor(results: ["line one\nline two\n", huge])
        let (app, document) = try F.app(editor: editor)
        F.step(app, [F.key("S"), F.key("E")])
        #expect(app.backend.suspendCount == 1)
        #expect(editor.received == ["rename the widgets"])
        // The editor's final line break is dropped, as for values.
        #expect(document.engine.scratch.get("todo") == "line one\nline two")
        // A multi-line note opens the editor for e too.
        app.step(F.key("e"))
        #expect(app.backend.suspendCount == 2)
        #expect(app.state.status?.isError == true)
        #expect(document.engine.history.lastCommand?.succeeded == false)
        #expect(document.engine.history.lastCommand?.kind == .scratchSet)
        #expect(document.engine.scratch.get("todo") == "line one\nline two")
    }

    @Test func dAsksThenDeletesAndUndoRestores() throws {
        let (app, document) = try F.app()
        F.step(app, [F.key("S"), F.key("d")])
        #expect(app.state.mode == .confirmScratchDelete(name: "todo"))
        #expect(F.screen(app).contains { $0.contains("Delete the scratch note todo?") })
        app.step(F.key("n"))
        #expect(document.engine.scratch.has("todo"))
        F.step(app, [F.key("d"), F.key("y")])
        #expect(!document.engine.scratch.has("todo"))
        #expect(document.engine.history.lastCommand?.kind == .scratchRemove)
        app.step(F.key("u"))
        #expect(document.engine.scratch.get("todo") == "rename the widgets")
    }

    @Test func editWithoutNotesSaysHowToAdd() throws {
        let (app, _) = try F.app(recording: false)
        F.step(app, [F.key("S"), F.key("e")])
        #expect(app.state.status?.text == "no note selected — a adds one")
        #expect(F.screen(app).contains { $0.contains("(no notes: a adds one)") })
    }

    @Test func treeKeysStillWorkOutsideThePane() throws {
        let (app, _) = try F.app(recording: false)
        F.step(app, [F.key("S"), .key(.tab)])
        #expect(app.state.focus == .tree)
        app.step(F.key("a"))
        guard case .adding = app.state.mode else {
            Issue.record("a in the tree adds a key, got \(app.state.mode)")
            return
        }
    }
}
