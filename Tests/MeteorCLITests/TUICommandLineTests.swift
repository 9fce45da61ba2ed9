import MeteorCLI
import MeteorTUI
import Testing

@testable import meteor

/// The TUI's `:` line with the real interpreter: what `meteor tui` runs.
@Suite struct TUICommandLineTests {
    func app() throws -> (App<InMemoryTerminal>, InMemoryDocument) {
        let engine = MeteorEngine()
        try engine.process(meteorStream: "app:ui:theme=dark;font=mono :;: doc:guide:intro=hi")
        engine.clearHistory()
        let document = InMemoryDocument(engine: engine, displayName: "notes.meteor")
        let app = App(
            backend: InMemoryTerminal(size: Size(width: 100, height: 30)), document: document,
            editor: NoEditor(),
            commands: InterpreterCommandService(engine: engine, store: InMemoryStore()))
        app.step(.resize(Size(width: 100, height: 30)))
        return (app, document)
    }

    func keys(_ text: String) -> [InputEvent] { text.map { .key(.character($0)) } }

    @Test func typedCompletedCommandMovesTheCursor() throws {
        let (app, document) = try app()
        for event in keys(":cur") + [.key(.tab)] + keys("ap") + [.key(.tab), .key(.tab)] {
            app.step(event)
        }
        guard case .commandLine(let line) = app.state.mode else {
            Issue.record("expected the command line, got \(app.state.mode)")
            return
        }
        #expect(line.editor.text == "cursor app:ui:")
        app.step(.key(.enter))
        #expect(document.engine.cursor.position == "app:ui")
        app.draw()
        #expect(app.backend.lastFrame?.lines[29].contains("app:ui") == true)
    }

    @Test func setMarksTheDocumentDirtyAndUndoes() throws {
        let (app, document) = try app()
        for event in keys(#":set app:ui:title "Hello, world""#) + [.key(.enter)] {
            app.step(event)
        }
        #expect(try document.engine.get("app:ui:title") == "Hello, world")
        #expect(document.hasUnsavedChanges)
        app.step(.key(.character("u")))
        #expect(try document.engine.get("app:ui:title") == nil)
    }

    @Test func errorsShowTheDiagnostic() throws {
        let (app, _) = try app()
        for event in keys(":get app:ui..x:k") + [.key(.enter)] { app.step(event) }
        guard case .commandOutput(let output) = app.state.mode else {
            Issue.record("expected the output box, got \(app.state.mode)")
            return
        }
        #expect(output.tone == .error)
        #expect(output.lines.contains { $0.contains("^") })
    }

    @Test func saveAndTuiInsideTheTUI() throws {
        let (app, document) = try app()
        for event in keys(":set app:ui:k v") + [.key(.enter)] { app.step(event) }
        for event in keys(":save") + [.key(.enter)] { app.step(event) }
        #expect(document.saveCount == 1)
        #expect(!document.hasUnsavedChanges)
        for event in keys(":tui") + [.key(.enter)] { app.step(event) }
        #expect(app.state.status?.isError == true || app.state.mode != .browse)
    }
}

/// An editor that is never used.
final class NoEditor: ExternalEditor {
    func edit(_ text: String, name: String) throws(ExternalEditorError) -> String {
        throw ExternalEditorError("no editor here")
    }
}
