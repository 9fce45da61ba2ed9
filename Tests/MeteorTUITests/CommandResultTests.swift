import MeteorKit
import Testing

@testable import MeteorTUI

/// What the app shows after a `:` command, and what the reply makes it do.
@Suite struct CommandResultTests {
    func app(_ service: any CommandService) throws -> (App<InMemoryTerminal>, InMemoryDocument) {
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        let app = App(
            backend: InMemoryTerminal(size: Size(width: 80, height: 24)), document: document,
            editor: ScriptedEditor(results: []), commands: service)
        return (app, document)
    }

    func run(_ line: String, in app: App<InMemoryTerminal>) {
        app.step(.key(.character(":")))
        for event in Fixtures.type(line) { app.step(event) }
        app.step(.key(.enter))
    }

    @Test func aShortResultGoesToTheStatusBar() throws {
        let service = FakeCommandService()
        service.replies["get app:ui:theme"] = CommandReply("dark\n")
        let (app, _) = try app(service)
        run("get app:ui:theme", in: app)
        #expect(service.ran == ["get app:ui:theme"])
        #expect(app.state.mode == .browse)
        #expect(app.state.status == StatusMessage("dark"))
    }

    @Test func nothingToSaySaysDone() throws {
        let (app, _) = try app(FakeCommandService())
        run("cursor app:ui", in: app)
        #expect(app.state.status == StatusMessage("cursor app:ui: done"))
    }

    @Test func aLongResultOpensTheScrollableBox() throws {
        let service = FakeCommandService()
        let lines = (1...40).map { "app:ui:k\($0)=v" }
        service.replies["find *:**:*"] = CommandReply(lines.joined(separator: "\n") + "\n")
        let (app, _) = try app(service)
        run("find *:**:*", in: app)
        guard case .commandOutput(let output) = app.state.mode else {
            Issue.record("expected the output box, got \(app.state.mode)")
            return
        }
        #expect(output.lines == lines)
        #expect(output.tone == .output)
        #expect(output.command == "find *:**:*")
        app.step(.key(.down))
        app.step(.key(.pageDown))
        guard case .commandOutput(let scrolled) = app.state.mode else { return }
        #expect(scrolled.scrollTop == 1 + 18)
        app.step(.key(.character("G")))
        guard case .commandOutput(let bottom) = app.state.mode else { return }
        #expect(bottom.scrollTop == 40 - 18)
        app.step(.key(.pageDown))
        guard case .commandOutput(let clamped) = app.state.mode else { return }
        #expect(clamped.scrollTop == 40 - 18)
        app.step(.key(.escape))
        #expect(app.state.mode == .browse)
    }

    @Test func colonInTheOutputBoxStartsAnotherCommand() throws {
        let service = FakeCommandService()
        service.replies["help"] = CommandReply("a\nb\nc\n")
        let (app, _) = try app(service)
        run("help", in: app)
        app.step(.key(.character(":")))
        #expect(app.state.mode == .commandLine(CommandLineState()))
    }

    @Test func aFailureWithADiagnosticOpensTheBoxInTheErrorTone() throws {
        let service = FakeCommandService()
        let diagnostic = """
            error[invalidKey]: the key `a b` contains a space
              | set app:ui:a b
              |            ^
              = hint: quote the value
            """
        service.replies["set app:ui:a b"] = CommandReply(diagnostic, isError: true)
        let (app, _) = try app(service)
        run("set app:ui:a b", in: app)
        guard case .commandOutput(let output) = app.state.mode else {
            Issue.record("expected the output box")
            return
        }
        #expect(output.tone == .error)
        #expect(output.lines.first == "error[invalidKey]: the key `a b` contains a space")
    }

    @Test func aShortFailureIsAnErrorInTheStatusBar() throws {
        let service = FakeCommandService()
        service.replies["get nope"] = CommandReply("error[notFound]: nope\n", isError: true)
        let (app, _) = try app(service)
        run("get nope", in: app)
        #expect(app.state.status == StatusMessage("error[notFound]: nope", isError: true))
    }

    @Test func warningsGetTheWarningTone() throws {
        let service = FakeCommandService()
        service.replies["parse x"] = CommandReply(
            "stored 1\nwarning: deep namespace\n", hasWarnings: true)
        let (app, _) = try app(service)
        run("parse x", in: app)
        guard case .commandOutput(let output) = app.state.mode else {
            Issue.record("expected the output box")
            return
        }
        #expect(output.tone == .warning)
    }

    @Test func directivesSaveQuitAndReload() throws {
        let service = FakeCommandService()
        service.replies["save --force"] = CommandReply("", directive: .save(force: true))
        service.replies["exit"] = CommandReply("", directive: .quit)
        service.replies["reload"] = CommandReply("", directive: .reload)
        let (app, document) = try app(service)
        var state = app.state
        #expect(
            app.reducer.commandFinished(
                "save --force", reply: CommandReply("", directive: .save(force: true)),
                state: &state) == [.save(force: true)])
        #expect(
            app.reducer.commandFinished(
                "reload", reply: CommandReply("", directive: .reload), state: &state) == [.reload])
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        run("save --force", in: app)
        #expect(document.saveCount == 1)
        try document.engine.execute(.set(path: "app:ui:theme", value: "solarized"))
        run("exit", in: app)
        #expect(app.state.mode == .confirmQuit)
        app.step(.key(.character("d")))
        #expect(app.state.shouldQuit)
    }

    @Test func changesGoThroughTheEngineAndRefreshTheTree() throws {
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        let app = App(
            backend: InMemoryTerminal(size: Size(width: 80, height: 24)), document: document,
            editor: ScriptedEditor(results: []),
            commands: EngineCommandService(engine: document.engine))
        app.step(.key(.character("*")))
        run("set new:data:key fresh", in: app)
        let address = try Address(parsing: "new:data:key")
        #expect(document.engine.get(address) == "fresh")
        #expect(document.hasUnsavedChanges)
        app.draw()
        let frame = try #require(app.backend.lastFrame)
        #expect(frame.lines.contains { $0.contains("new") })
        #expect(frame.lines[23].contains("[+]"))
        app.step(.key(.character("u")))
        #expect(document.engine.get(address) == nil)
        run("set bad", in: app)
        #expect(app.state.status?.isError == true)
    }
}
