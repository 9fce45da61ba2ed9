import MeteorKit
import Testing

@testable import MeteorTUI

/// Whole sessions on the in-memory terminal: scripted keys in, frames and data out.
@Suite struct AppSessionTests {
    func run(
        _ events: [InputEvent], size: Size = Size(width: 80, height: 24),
        editor: ScriptedEditor = ScriptedEditor(results: [])
    )
        throws -> (App<InMemoryTerminal>, InMemoryDocument)
    {
        let (app, document) = try Fixtures.app(size: size, events: events, editor: editor)
        try app.run()
        return (app, document)
    }

    @Test func startsOnContextsAndQuitsCleanly() throws {
        let (app, _) = try run([.key(.character("q"))])
        #expect(app.state.shouldQuit)
        #expect(!app.backend.isEntered)
        let first = try #require(app.backend.frames.first)
        #expect(first.lines[1].contains("▸ app (1)"))
        #expect(first.lines[23].contains("demo.meteor"))
        #expect(first.lines[23].contains("8 entries"))
        #expect(first.lines[23].contains("default"))
    }

    @Test func navigatesIntoAKeyAndShowsItsValue() throws {
        let (app, _) = try run([
            .key(.character("l")), .key(.character("j")), .key(.character("l")),
            .key(.character("j")), .key(.character("j")),
        ])
        let frame = try #require(app.backend.lastFrame)
        #expect(frame.lines.contains { $0.contains("app:ui:theme") })
        #expect(frame.lines.contains { $0.contains("1 dark") })
    }

    @Test func inlineEditShowsADiffAndAppliesThroughHistory() throws {
        let (app, document) = try Fixtures.app()
        app.step(.key(.character("*")))
        let address = try Address(parsing: "app:ui:theme")
        let row = try #require(
            app.reducer.cache.visibleRows(for: app.state.browser).index(of: .key(address)))
        for _ in 0..<row { app.step(.key(.character("j"))) }
        for event in [.key(.character("e")), .key(.control("u"))] + Fixtures.type("light") + [
            .key(.enter)
        ] {
            app.step(event)
        }
        guard case .confirmEdit(let pending) = app.state.mode else {
            Issue.record("expected the diff dialog, got \(app.state.mode)")
            return
        }
        #expect(pending.original == "dark")
        #expect(pending.new == "light")
        app.step(.key(.character("y")))
        #expect(document.engine.get(address) == "light")
        #expect(document.engine.history.lastCommand?.kind == .setAddress)
        #expect(document.hasUnsavedChanges)
        #expect(document.engine.cursor == .initial)
        app.step(.key(.character("u")))
        #expect(document.engine.get(address) == "dark")
        app.step(.key(.control("r")))
        #expect(document.engine.get(address) == "light")
    }

    @Test func editSaysWhenTheValueChangedMeanwhile() throws {
        let (app, document) = try Fixtures.app()
        app.step(.key(.character("*")))
        let address = try Address(parsing: "app:ui:theme")
        let rows = app.reducer.cache.visibleRows(for: app.state.browser)
        let row = try #require(rows.index(of: .key(address)))
        for _ in 0..<row { app.step(.key(.character("j"))) }
        app.step(.key(.character("e")))
        try document.engine.set(address, "solarized")
        app.step(.key(.character("x")))
        app.step(.key(.enter))
        guard case .confirmEdit(let pending) = app.state.mode else {
            Issue.record("expected the diff dialog")
            return
        }
        #expect(pending.changedMeanwhile == "solarized")
        app.draw()
        #expect(
            app.backend.lastFrame?.lines.contains { $0.contains("changed while you were editing") }
                == true)
    }

    @Test func multiLineValuesOpenTheExternalEditor() throws {
        let editor = ScriptedEditor(results: ["# Install\n\nRun it.\n"])
        let (app, document) = try Fixtures.app(editor: editor)
        app.step(.key(.character("*")))
        let address = try Address(parsing: "doc:guides.install:sections[10_intro]")
        let row = try #require(
            app.reducer.cache.visibleRows(for: app.state.browser).index(of: .key(address)))
        for _ in 0..<row { app.step(.key(.character("j"))) }
        app.step(.key(.character("e")))
        #expect(app.backend.suspendCount == 1)
        #expect(editor.received == ["# Install\n\nRun the installer.\n"])
        app.step(.key(.character("y")))
        #expect(document.engine.get(address) == "# Install\n\nRun it.\n")
    }

    @Test func quitWithUnsavedChangesAsksThenSaves() throws {
        let (app, document) = try Fixtures.app()
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        app.step(.key(.character("q")))
        #expect(app.state.mode == .confirmQuit)
        #expect(!app.state.shouldQuit)
        app.step(.key(.character("s")))
        #expect(document.saveCount == 1)
        #expect(app.state.shouldQuit)
    }

    @Test func aFailedSaveKeepsTheAppOpen() throws {
        let (app, document) = try Fixtures.app()
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        document.nextSaveError = MeteorError(.documentChanged, "the file changed on disk")
        app.step(.key(.character("q")))
        app.step(.key(.character("s")))
        #expect(!app.state.shouldQuit)
        #expect(app.state.mode == .fileChanged)
        app.step(.key(.character("o")))
        #expect(document.saveCount == 1)
    }

    @Test func addKeyValidatesLiveThenAdds() throws {
        let (app, document) = try Fixtures.app()
        app.step(.key(.character("a")))
        for event in Fixtures.type("bad key") { app.step(event) }
        guard case .adding(let add) = app.state.mode else {
            Issue.record("expected the add field")
            return
        }
        #expect(add.problem?.contains("invalidKey") == true)
        for _ in 0..<4 { app.step(.key(.backspace)) }
        for event in Fixtures.type("[]") { app.step(event) }
        app.step(.key(.enter))
        for event in Fixtures.type("one") { app.step(event) }
        app.step(.key(.enter))
        #expect(app.state.mode == .browse)
        #expect(document.engine.get(try Address(parsing: "app:main:bad[0]")) == "one")
    }

    @Test func deleteAsksFirstAndUndoRestores() throws {
        let (app, document) = try Fixtures.app()
        app.step(.key(.character("j")))
        app.step(.key(.character("d")))
        guard case .confirmDelete(let request) = app.state.mode else {
            Issue.record("expected the delete dialog")
            return
        }
        #expect(request.description == "the context doc (2 keys)")
        app.step(.key(.character("y")))
        #expect(document.engine.entryCount == 6)
        app.step(.key(.character("u")))
        #expect(document.engine.entryCount == 8)
    }

    @Test func unboundKeysSayHowToGetHelp() throws {
        let (app, _) = try Fixtures.app()
        app.step(.key(.character("!")))
        #expect(app.state.status?.text == "! is not bound — press ? for help")
    }

    @Test func tinyTerminalShowsTooSmall() throws {
        let (app, _) = try run([.resize(Size(width: 30, height: 8)), .key(.character("q"))])
        #expect(app.backend.frames.last?.lines.first == "terminal too small")
    }

    @Test func mouseClickSelectsARow() throws {
        let (app, _) = try Fixtures.app()
        app.step(.mouse(MouseEvent(.leftClick, column: 3, row: 2)))
        #expect(app.state.browser.selectedRow == 1)
        app.step(.mouse(MouseEvent(.leftClick, column: 60, row: 5)))
        #expect(app.state.focus == .value)
    }
}
