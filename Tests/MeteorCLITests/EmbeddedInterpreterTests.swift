import MeteorCLI
import Testing

/// The REPL's interpreter run against an engine the TUI owns, and its completion.
@Suite struct EmbeddedInterpreterTests {
    func engine() throws -> MeteorEngine {
        let engine = MeteorEngine()
        try engine.process(
            meteorStream: """
                app:ui:theme=dark;font=mono :;: app:ui.widgets:button[0]=ok :;: \
                app::root=1 :;: doc:guide:intro=hi
                """)
        engine.clearHistory()
        return engine
    }

    @Test func changesGoThroughTheEnginesHistory() throws {
        let engine = try engine()
        var changes = 0
        engine.onChange = { _ in changes += 1 }
        let interpreter = EmbeddedInterpreter(engine: engine, store: InMemoryStore())
        let reply = interpreter.run(#"set app:ui:title "Hello, world""#)
        #expect(!reply.isError)
        #expect(try engine.get("app:ui:title") == "Hello, world")
        #expect(engine.history.lastCommand != nil)
        #expect(changes > 0)
        #expect(interpreter.run("undo").isError == false)
        #expect(try engine.get("app:ui:title") == nil)
    }

    @Test func outputIsTheREPLsText() throws {
        let interpreter = EmbeddedInterpreter(engine: try engine(), store: InMemoryStore())
        #expect(interpreter.run("get app:ui:theme") == EmbeddedReply(text: "dark\n"))
        #expect(interpreter.run("meteor app ui").text == "app:ui:theme=dark;font=mono\n")
        let json = interpreter.run("get app:ui:theme --format json")
        #expect(json.text.contains(#""value":"dark""#))
        #expect(interpreter.run("cursor app:ui").text == "app:ui\n")
        #expect(interpreter.session.engine.cursor.position == "app:ui")
    }

    @Test func failuresCarryTheDiagnostic() throws {
        let interpreter = EmbeddedInterpreter(engine: try engine(), store: InMemoryStore())
        let missing = interpreter.run("get app:ui:missing")
        #expect(missing.isError)
        #expect(missing.text.hasPrefix("error[notFound]"))
        let unclosed = interpreter.run(#"set app:ui:k "open"#)
        #expect(unclosed.isError)
        #expect(unclosed.text.contains("^"))
        let stdin = interpreter.run("set app:ui:k -")
        #expect(stdin.text.contains("the TUI does not have"))
    }

    @Test func directivesAndShellOnlyCommands() throws {
        let interpreter = EmbeddedInterpreter(engine: try engine(), store: InMemoryStore())
        #expect(interpreter.run("save").directive == .save(force: false))
        #expect(interpreter.run("save --force").directive == .save(force: true))
        #expect(interpreter.run("exit").directive == .exit)
        #expect(interpreter.run("reload").directive == .reload)
        for name in ["tui", "repl", "tui --demo"] {
            let reply = interpreter.run(name)
            #expect(reply.isError)
            #expect(reply.text.contains("cannot run inside the TUI"))
        }
        #expect(interpreter.run("help").text.contains("get"))
        #expect(interpreter.run("").text.isEmpty)
    }

    @Test func completesCommandNames() throws {
        let interpreter = EmbeddedInterpreter(engine: try engine(), store: InMemoryStore())
        let (word, candidates) = interpreter.completions(for: "cur", cursor: 3)
        #expect(word == 0..<3)
        #expect(candidates == ["cursor"])
        #expect(
            interpreter.completions(for: "ex", cursor: 2).candidates == [
                "exists", "exit", "export",
            ])
        let all = interpreter.completions(for: "", cursor: 0).candidates
        #expect(all.contains("set") && all.contains("help") && all.contains("save"))
        #expect(!all.contains("tui") && !all.contains("repl"))
        #expect(interpreter.completions(for: "scratch s", cursor: 9).candidates == ["set"])
        #expect(interpreter.completions(for: "help ge", cursor: 7).candidates == ["get"])
    }

    @Test func completesPathsOnePartAtATime() throws {
        let interpreter = EmbeddedInterpreter(engine: try engine(), store: InMemoryStore())
        let contexts = interpreter.completions(for: "get ", cursor: 4)
        #expect(contexts.word == 4..<4)
        #expect(contexts.candidates == ["app:", "doc:"])
        #expect(interpreter.completions(for: "get ap", cursor: 6).candidates == ["app:"])
        #expect(
            interpreter.completions(for: "get app:", cursor: 8).candidates == [
                "app::", "app:ui:", "app:ui.widgets:",
            ])
        #expect(
            interpreter.completions(for: "set app:ui:", cursor: 11).candidates == [
                "app:ui:font", "app:ui:theme",
            ])
        #expect(
            interpreter.completions(for: "get app:ui.widgets:b", cursor: 20).candidates == [
                "app:ui.widgets:button[0]"
            ])
        #expect(interpreter.completions(for: "get app::r", cursor: 10).candidates == ["app::root"])
        // The value of `set` is not a path.
        #expect(interpreter.completions(for: "set app:ui:k ap", cursor: 15).candidates.isEmpty)
    }

    @Test func completionFollowsEachCommandsArguments() throws {
        let interpreter = EmbeddedInterpreter(engine: try engine(), store: InMemoryStore())
        #expect(
            interpreter.completions(for: "cursor app:", cursor: 11).candidates.contains("app:ui:"))
        #expect(interpreter.completions(for: "cursor app:ui:", cursor: 14).candidates.isEmpty)
        #expect(
            interpreter.completions(for: "export app:u", cursor: 12).candidates == [
                "app:ui", "app:ui.widgets",
            ])
        #expect(interpreter.completions(for: "meteor a", cursor: 8).candidates == ["app"])
        #expect(
            interpreter.completions(for: "meteor app u", cursor: 12).candidates == [
                "ui", "ui.widgets",
            ])
        #expect(interpreter.completions(for: "get --format j", cursor: 14).candidates == ["json"])
        #expect(interpreter.completions(for: "--format json g", cursor: 15).candidates == ["get"])
        #expect(interpreter.completions(for: "reset c", cursor: 7).candidates == ["cursor"])
    }
}
