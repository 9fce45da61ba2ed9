import MeteorCLI
import Testing

/// The interpreter, the REPL loop and batch mode, in process against an in-memory store.
@Suite struct InterpreterTests {
    private func session() throws -> Session {
        try Session.open(path: "/mem/store.meteor", store: InMemoryStore())
    }

    private func run(_ line: String, in session: Session) -> CommandResult {
        switch Interpreter.parse(line) {
        case .command(let command): return Interpreter.run(command, in: session)
        case .failure(let failure): return CommandResult(failure: failure)
        default: return CommandResult()
        }
    }

    @Test func setThenGetReturnsTheValue() throws {
        let session = try session()
        let set = run(#"set app:ui:title "Hello, world""#, in: session)
        #expect(set.succeeded)
        #expect(session.isDirty)
        let get = run("get app:ui:title", in: session)
        #expect(get.output.text() == "Hello, world")
        #expect(get.output.json["value"] == .string("Hello, world"))
    }

    @Test func failuresAreValuesWithStatuses() throws {
        let session = try session()
        #expect(run("get app:ui:missing", in: session).status == .notFound)
        #expect(run("exists app:ui:missing", in: session).status == .notFound)
        #expect(run("get app:ui..x:k", in: session).status == .invalidInput)
        #expect(run("parse 'a=1; b'", in: session).status == .invalidInput)
        #expect(run("undo", in: session).status == .notFound)
        #expect(run("nope", in: session).status == .usage)
        #expect(!session.isDirty)
    }

    @Test(arguments: [
        ("hel", "unknown command `hel`; did you mean `help`?"),
        ("sett app:ui:k v", "unknown command `sett`; did you mean `set`?"),
        ("gte app:ui:k", "unknown command `gte`; did you mean `get`?"),
        ("exti", "unknown command `exti`; did you mean `exit`?"),
        ("hist", "unknown command `hist`; did you mean `history`?"),
        ("nope", "unknown command `nope`"),
        ("frobnicate", "unknown command `frobnicate`"),
    ])
    func unknownCommandsNameTheClosestOne(line: String, message: String) throws {
        let failure = try #require(run(line, in: try session()).failure)
        #expect(failure.message == message)
        #expect(failure.hint == "see `help` for the list of commands")
        #expect(failure.status == .usage)
    }

    @Test func knownCommandsKeepArgumentParsersMessage() throws {
        let failure = try #require(run("get", in: try session()).failure)
        #expect(failure.message.contains("Missing expected argument"))
    }

    @Test func stdinIsNotAvailableInTheRepl() throws {
        let result = run("set k -", in: try session())
        #expect(result.failure?.status == .usage)
    }

    @Test func dryRunResolvesAppendWithoutChanging() throws {
        let session = try session()
        _ = run("set 'app:ui:list[]' a", in: session)
        _ = run("set 'app:ui:list[]' b", in: session)
        try session.save()
        let result = run("set 'app:ui:list[]' c --dry-run", in: session)
        #expect(result.output.text() == "dry run: would set app:ui:list[2]=c")
        #expect(!session.isDirty)
        #expect(run("exists 'app:ui:list[2]'", in: session).status == .notFound)
    }

    @Test func replPromptFollowsTheCursorAndSavesOnExit() throws {
        let store = InMemoryStore()
        let session = try Session.open(path: "/mem/s.meteor", store: store)
        let reader = InMemoryLineReader([
            "cursor app:ui", "parse 'theme=dark'", "get app:ui:theme", "bogus", "exit",
        ])
        var out = ""
        var err = ""
        let loop = ReplLoop(
            session: session, reader: reader,
            sink: OutputSink(out: { out += $0 }, error: { err += $0 }),
            renderer: ResultRenderer(format: .text))
        #expect(loop.run() == .success)
        #expect(reader.prompts == ["app:main> ", "app:ui> ", "app:ui> ", "app:ui> ", "app:ui> "])
        #expect(out == "app:ui\nstored 1, deleted 0; cursor app:ui\ndark\n")
        #expect(err.hasPrefix("error[usage]: "))
        let saved = String(decoding: try store.read("/mem/s.meteor").bytes, as: UTF8.self)
        #expect(saved == "# meteor v1\napp:ui:theme=dark\n")
    }

    @Test func batchStopsAtFirstFailureAndSavesNothing() throws {
        let store = InMemoryStore()
        let session = try Session.open(path: "/mem/b.meteor", store: store)
        var out = ""
        let runner = BatchRunner(
            session: session, keepGoing: false, renderer: ResultRenderer(format: .json),
            sink: OutputSink(out: { out += $0 }, error: { _ in }))
        let status = runner.run(["set a 1", "get missing", "", "# note", "set b 2"])
        #expect(status == .notFound)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"ok":true,"result":{"command":"set""#))
        #expect(lines[1].hasPrefix(#"{"ok":false,"error":{"kind":"notFound""#))
        #expect(lines[2].hasPrefix(#"{"ok":false,"error":{"kind":"skipped""#))
        #expect(!store.fileExists("/mem/b.meteor"))
    }

    @Test func batchKeepGoingRunsEverythingAndSaves() throws {
        let store = InMemoryStore()
        let session = try Session.open(path: "/mem/k.meteor", store: store)
        var out = ""
        let runner = BatchRunner(
            session: session, keepGoing: true, renderer: ResultRenderer(format: .json),
            sink: OutputSink(out: { out += $0 }, error: { _ in }))
        #expect(runner.run(["set a 1", "get missing", "set b 2"]) == .notFound)
        #expect(out.split(separator: "\n").count == 3)
        let saved = String(decoding: try store.read("/mem/k.meteor").bytes, as: UTF8.self)
        #expect(saved == "# meteor v1\napp:main:a=1\napp:main:b=2\n")
    }

    @Test func saveRefusesAFileChangedOnDisk() throws {
        let store = InMemoryStore()
        let session = try Session.open(path: "/mem/c.meteor", store: store)
        _ = run("set a 1", in: session)
        try store.write(
            Array("# meteor v1\napp:main:z=9\n".utf8), to: "/mem/c.meteor", condition: .overwrite)
        #expect(throws: MeteorError.self) { try session.save() }
        try session.save(force: true)
        #expect(!session.isDirty)
    }
}
