import MeteorKit
import Testing

@testable import MeteorTUI

/// `E`: the value goes through an editor's file and back.
@Suite struct ExternalEditTests {
    /// An app with `app:ui:theme` (`dark`) selected, whose editor returns `results`.
    func appAtTheme(_ results: [String?]) throws -> (
        App<InMemoryTerminal>, InMemoryDocument, ScriptedEditor
    ) {
        let editor = ScriptedEditor(results: results)
        let (app, document) = try Fixtures.app(editor: editor)
        app.step(.key(.character("*")))
        let rows = app.reducer.cache.visibleRows(for: app.state.browser)
        let row = try #require(rows.index(of: .key(Self.theme)))
        for _ in 0..<row { app.step(.key(.character("j"))) }
        return (app, document, editor)
    }

    static let theme = ReducerActionTests.theme

    @Test func theLineBreakAnEditorAddsIsNotAChange() throws {
        // vim and nano end the file with `\n`: saving `dark` unchanged must change nothing.
        let (app, document, editor) = try appAtTheme(["dark\n"])
        let records = document.engine.history.count
        app.step(.key(.character("E")))
        #expect(editor.received == ["dark"])
        #expect(app.state.mode == .browse)
        #expect(app.state.status?.text == "no change")
        #expect(document.engine.history.count == records)
        #expect(!document.hasUnsavedChanges)
    }

    @Test func anEditedValueLosesOnlyTheEditorsLineBreak() throws {
        for saved in ["light\n", "light\r\n", "light"] {
            let (app, _, _) = try appAtTheme([saved])
            app.step(.key(.character("E")))
            guard case .confirmEdit(let pending) = app.state.mode else {
                Issue.record("expected the diff for \(saved.debugDescription)")
                continue
            }
            #expect(pending.new == "light")
            #expect(pending.original == "dark")
        }
    }

    @Test func aValueThatEndedWithALineBreakKeepsIt() throws {
        let (app, document, _) = try appAtTheme(["two\nlines\n", "two\nlines\n"])
        try document.engine.set(Self.theme, "two\nlines\n")
        let records = document.engine.history.count
        app.step(.key(.character("E")))
        #expect(app.state.status?.text == "no change")
        #expect(document.engine.history.count == records)
    }

    @Test func aFailedEditorSaysWhatHappenedAndChangesNothing() throws {
        let (app, document, _) = try appAtTheme([nil])
        app.step(.key(.character("E")))
        #expect(app.state.mode == .browse)
        #expect(
            app.state.status
                == StatusMessage(
                    "`$EDITOR` (`false`) exited with status 1; nothing changed", isError: true))
        #expect(document.engine.get(Self.theme) == "dark")
        #expect(app.backend.suspendCount == 1)
    }
}
