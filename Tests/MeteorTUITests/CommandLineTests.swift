import MeteorKit
import Testing

@testable import MeteorTUI

/// The `:` line: typing, running, history, Tab completion and the output box.
@Suite struct CommandLineTests {
    func app(_ service: FakeCommandService? = FakeCommandService()) throws -> (
        App<InMemoryTerminal>, InMemoryDocument
    ) {
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        let app = App(
            backend: InMemoryTerminal(size: Size(width: 80, height: 24)), document: document,
            editor: ScriptedEditor(results: []), commands: service)
        return (app, document)
    }

    /// The field's text, or nil when the command line is closed.
    func field(_ app: App<InMemoryTerminal>) -> String? {
        guard case .commandLine(let line) = app.state.mode else { return nil }
        return line.editor.text
    }

    func type(_ text: String, into app: App<InMemoryTerminal>) {
        for event in Fixtures.type(text) { app.step(event) }
    }

    @Test func colonOpensTheFieldAndEscapeCancels() throws {
        let service = FakeCommandService()
        let (app, _) = try app(service)
        app.step(.key(.character(":")))
        #expect(field(app) == "")
        type("get app:ui:theme", into: app)
        #expect(field(app) == "get app:ui:theme")
        app.step(.key(.escape))
        #expect(app.state.mode == .browse)
        #expect(service.ran.isEmpty)
        #expect(app.state.commandHistory.isEmpty)
    }

    @Test func backspaceOnAnEmptyFieldLeaves() throws {
        let (app, _) = try app()
        app.step(.key(.character(":")))
        app.step(.key(.backspace))
        #expect(app.state.mode == .browse)
    }

    @Test func enterAsksTheRunLoopToRunTheTrimmedLine() throws {
        let (app, _) = try app()
        var state = app.state
        _ = app.reducer.handle(.key(.character(":")), state: &state)
        for event in Fixtures.type("  get app:ui:theme ") {
            _ = app.reducer.handle(event, state: &state)
        }
        let effects = app.reducer.handle(.key(.enter), state: &state)
        #expect(effects == [.runCommand("get app:ui:theme")])
        #expect(state.mode == .browse)
        #expect(state.commandHistory == ["get app:ui:theme"])
    }

    @Test func withoutAServiceTheLineSaysSo() throws {
        let (app, _) = try app(nil)
        app.step(.key(.character(":")))
        type("get x", into: app)
        app.step(.key(.enter))
        #expect(app.state.status?.isError == true)
        #expect(app.state.status?.text.contains("not available") == true)
    }

    @Test func viWordsSaveAndQuit() throws {
        let (app, document) = try app()
        var state = app.state
        func run(_ line: String) -> [Effect] {
            _ = app.reducer.handle(.key(.character(":")), state: &state)
            for event in Fixtures.type(line) { _ = app.reducer.handle(event, state: &state) }
            return app.reducer.handle(.key(.enter), state: &state)
        }
        #expect(run("w") == [.save(force: false)])
        #expect(run("w!") == [.save(force: true)])
        #expect(run("wq") == [.save(force: false), .quit])
        #expect(run("x") == [.save(force: false), .quit])
        #expect(run("q") == [.quit])
        state.shouldQuit = false
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        #expect(run("q") == [])
        #expect(state.mode == .confirmQuit)
        state.mode = .browse
        #expect(run("q!") == [.quit])
        #expect(state.shouldQuit)
    }

    @Test func historyRecallsOlderAndNewerLinesAndTheDraft() throws {
        let (app, _) = try app()
        for line in ["get a:b:c", "find *:**:x", "find *:**:x"] {
            app.step(.key(.character(":")))
            type(line, into: app)
            app.step(.key(.enter))
        }
        #expect(app.state.commandHistory == ["get a:b:c", "find *:**:x"])
        app.step(.key(.character(":")))
        type("dr", into: app)
        app.step(.key(.up))
        #expect(field(app) == "find *:**:x")
        app.step(.key(.up))
        #expect(field(app) == "get a:b:c")
        app.step(.key(.up))
        #expect(field(app) == "get a:b:c")
        app.step(.key(.down))
        #expect(field(app) == "find *:**:x")
        app.step(.key(.down))
        #expect(field(app) == "dr")
        app.step(.key(.down))
        #expect(field(app) == "dr")
    }

    @Test func tabCompletesASingleCandidateWithASpace() throws {
        let (app, _) = try app()
        app.step(.key(.character(":")))
        type("cur", into: app)
        app.step(.key(.tab))
        #expect(field(app) == "cursor ")
        guard case .commandLine(let line) = app.state.mode else { return }
        #expect(line.completion == nil)
    }

    @Test func pathsEndingInAColonGetNoSpace() throws {
        let (app, _) = try app(FakeCommandService(words: ["app:"]))
        app.step(.key(.character(":")))
        type("a", into: app)
        app.step(.key(.tab))
        #expect(field(app) == "app:")
    }

    @Test func tabNarrowsToTheCommonPrefixThenCycles() throws {
        let (app, _) = try app(FakeCommandService(words: ["exists", "exit", "export"]))
        app.step(.key(.character(":")))
        type("e", into: app)
        app.step(.key(.tab))
        #expect(field(app) == "ex")
        guard case .commandLine(let line) = app.state.mode else { return }
        #expect(line.completion?.candidates == ["exists", "exit", "export"])
        #expect(line.completion?.selected == nil)
        app.step(.key(.tab))
        #expect(field(app) == "exists")
        app.step(.key(.tab))
        #expect(field(app) == "exit")
        app.step(.key(.tab))
        app.step(.key(.tab))
        #expect(field(app) == "exists")
        app.step(.key(.backTab))
        #expect(field(app) == "export")
        app.step(.key(.character(" ")))
        #expect(field(app) == "export ")
        guard case .commandLine(let after) = app.state.mode else { return }
        #expect(after.completion == nil)
    }

    @Test func tabCyclesAtOnceWhenThePrefixAddsNothing() throws {
        let service = FakeCommandService(words: ["get", "go"])
        let (app, _) = try app(service)
        app.step(.key(.character(":")))
        type("g", into: app)
        app.step(.key(.tab))
        #expect(field(app) == "get")
        app.step(.key(.tab))
        #expect(field(app) == "go")
        #expect(service.completionRequests.count == 1)
    }

    @Test func tabCompletesTheWordBeforeTheCursorAndKeepsTheRest() throws {
        let service = FakeCommandService(words: ["cursor"])
        let (app, _) = try app(service)
        app.step(.key(.character(":")))
        type("cu app", into: app)
        for _ in 0..<4 { app.step(.key(.left)) }
        app.step(.key(.tab))
        #expect(field(app) == "cursor  app")
        #expect(service.completionRequests.last?.cursor == 2)
        guard case .commandLine(let line) = app.state.mode else { return }
        #expect(line.editor.cursor == 7)
    }

    @Test func noCandidatesRingsTheBell() throws {
        let (app, _) = try app()
        var state = app.state
        _ = app.reducer.handle(.key(.character(":")), state: &state)
        _ = app.reducer.handle(.key(.character("z")), state: &state)
        #expect(app.reducer.handle(.key(.tab), state: &state) == [.bell])
        #expect(state.status?.text == "no completions")
        guard case .commandLine(let line) = state.mode else { return }
        #expect(line.editor.text == "z")
    }

    @Test func controlYPastesTheRegister() throws {
        let (app, _) = try app()
        app.step(.key(.character(":")))
        app.step(.key(.control("y")))
        #expect(app.state.status?.text.contains("register is empty") == true)
        app.step(.key(.escape))
        var state = app.state
        state.register = "app:ui:theme"
        state.mode = .commandLine(CommandLineState())
        _ = app.reducer.handle(.key(.control("y")), state: &state)
        guard case .commandLine(let line) = state.mode else { return }
        #expect(line.editor.text == "app:ui:theme")
    }
}
