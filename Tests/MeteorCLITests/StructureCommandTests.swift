import Foundation
import MeteorCLI
import Testing

/// `rename`, `move` and `copy`: the built binary against temporary stores (golden
/// transcripts), the REPL and batch mode, the TUI's `:` line, and twenty processes at once.
@Suite struct StructureCommandTests {
    /// A store with a namespace to move, one that clashes with it and a sub-namespace.
    private func seeded() throws -> Workspace {
        let work = try Workspace()
        try work.run(
            "parse", "--meteor",
            "app:ui:theme=dark;font=mono;list[0]=a;list[1]=b :;: app:ui.widgets:ok=yes :;: "
                + "user:ui:theme=light;size=12")
        return work
    }

    @Test func renameUndoClashAndDryRun() throws {
        let work = try seeded()
        let before = try work.storeText()
        let dry = try work.run("rename", "app:ui:font", "typeface", "--dry-run")
        #expect(dry.status == 0)
        #expect(try work.storeText() == before)
        try work.run("history", "--limit", "1")
        try work.run("rename", "app:ui:font", "typeface")
        try work.run("list", "app", "ui")
        try work.run("undo")
        try work.run("list", "app", "ui")
        let clash = try work.run("rename", "app:ui:font", "theme")
        #expect(clash.status == 3)
        #expect(clash.stdout.isEmpty)
        #expect(try work.storeText() == before)
        try work.run("rename", "app:ui:font", "theme", "--overwrite", "--dry-run")
        try work.run("rename", "app:ui:font", "theme", "--overwrite")
        try work.run("rename", "app:ui:list[0]", "list[]")
        try work.run("list", "app", "ui")
        try work.run("undo")
        try work.run("undo")
        #expect(try work.storeText() == before)
        #expect(try work.run("rename", "app:ui:nope", "x").status == 1)
        #expect(try work.run("rename", "app:ui:theme", "user:ui:theme").status == 3)
        #expect(try work.run("rename", "app:ui:theme", "bad key").status == 3)
        #expect(try work.storeText() == before)
        assertSnapshot(work.transcript, named: "structure-rename")
    }

    @Test func moveUndoClashAndDryRun() throws {
        let work = try seeded()
        let before = try work.storeText()
        try work.run("move", "app:ui", "doc:guide", "--dry-run")
        #expect(try work.storeText() == before)
        try work.run("move", "app:ui", "doc:guide")
        try work.run("dump")
        try work.run("undo")
        #expect(try work.storeText() == before)
        let clash = try work.run("move", "app:ui", "user")
        #expect(clash.status == 3)
        #expect(try work.storeText() == before)
        try work.run("move", "app:ui", "user", "--overwrite", "--dry-run")
        #expect(try work.storeText() == before)
        try work.run("move", "app:ui", "user", "--overwrite")
        try work.run("list", "user", "ui")
        try work.run("undo")
        #expect(try work.storeText() == before)
        #expect(try work.run("move", "app:nope", "user").status == 1)
        #expect(try work.run("move", "app:ui", "app:ui").status == 3)
        #expect(try work.run("move", "app:ui", "user:ui..x").status == 3)
        #expect(try work.storeText() == before)
        assertSnapshot(work.transcript, named: "structure-move")
    }

    @Test func copyInJSONWithUndoClashAndDryRun() throws {
        let work = try seeded()
        let before = try work.storeText()
        try work.run("copy", "app:ui", "doc:", "--dry-run", "--format", "json")
        #expect(try work.storeText() == before)
        let copied = try work.run("copy", "app:ui", "doc:", "--format", "json")
        let report = try JSONSerialization.jsonObject(with: Data(copied.stdout.utf8))
        #expect((report as? [String: Any])?["stored"] as? Int == 4)
        #expect((report as? [String: Any])?["changes"] == nil)
        try work.run("list", "doc", "--format", "json")
        try work.run("undo", "--format", "json")
        #expect(try work.storeText() == before)
        let clash = try work.run("copy", "app:ui", "user", "--format", "json")
        #expect(clash.status == 3)
        #expect(try work.storeText() == before)
        try work.run("copy", "app:ui", "user", "--overwrite", "--format", "json")
        try work.run("rename", "user:ui:font", "family", "--format", "json")
        try work.run("history", "--limit", "2")
        assertSnapshot(work.transcript, named: "structure-copy-json")
    }

    @Test func replAndBatchRunTheCommands() throws {
        let work = try seeded()
        let script = """
            rename app:ui:font typeface
            copy app:ui doc --dry-run
            copy app:ui doc
            copy app:ui user
            move app:ui.widgets app:widgets
            undo
            help move
            exit
            """
        try work.run(["repl"], stdin: script + "\n")
        try work.run("dump")
        let batch = try work.run(
            ["repl", "--batch", "--format", "json"],
            stdin: "move app:ui archive:ui\ncopy archive:ui app:ui\nrename app:ui:theme mode\n")
        #expect(batch.status == 0)
        #expect(batch.stdout.split(separator: "\n").count == 3)
        let failing = try work.run(
            ["repl", "--batch", "--format", "json"],
            stdin: "copy archive:ui app\nrename app:nope x\n")
        #expect(failing.status == 3)
        try work.run("dump")
        assertSnapshot(work.transcript, named: "structure-repl")
    }

    @Test func theTUIsCommandLineRunsAndCompletesThem() throws {
        let engine = MeteorEngine()
        try engine.process(meteorStream: "app:ui:theme=dark;font=mono :;: user:prefs:x=1")
        engine.clearHistory()
        let interpreter = EmbeddedInterpreter(engine: engine, store: InMemoryStore())
        let all = interpreter.completions(for: "", cursor: 0).candidates
        #expect(all.contains("rename") && all.contains("move") && all.contains("copy"))
        #expect(interpreter.completions(for: "mo", cursor: 2).candidates == ["move"])
        #expect(
            interpreter.completions(for: "co", cursor: 2).candidates == [
                "config", "contexts", "copy",
            ])
        #expect(interpreter.completions(for: "ren", cursor: 3).candidates == ["rename"])
        #expect(
            interpreter.completions(for: "rename app:ui:f", cursor: 15).candidates == [
                "app:ui:font"
            ])
        #expect(interpreter.completions(for: "move app:u", cursor: 10).candidates == ["app:ui"])
        #expect(
            interpreter.completions(for: "copy app:ui us", cursor: 14).candidates == ["user:"])
        let moved = interpreter.run("move app:ui user")
        #expect(!moved.isError)
        #expect(moved.text == "moved 2 entries from app:ui to user:ui\n")
        #expect(try engine.get("user:ui:font") == "mono")
        #expect(try engine.get("app:ui:font") == nil)
        #expect(engine.history.lastCommand?.kind == .moveNamespace)
        let dry = interpreter.run("rename user:ui:font family --dry-run")
        #expect(
            dry.text == """
                dry run: would rename user:ui:font → user:ui:family
                - user:ui:font=mono
                + user:ui:family=mono

                """)
        #expect(try engine.get("user:ui:font") == "mono")
        #expect(engine.history.lastCommand?.kind == .moveNamespace)
        #expect(!interpreter.run("undo").isError)
        #expect(try engine.get("app:ui:font") == "mono")
    }

    /// Twenty processes each copy one namespace into a namespace of their own: every copy
    /// survives and each is one history record.
    @Test func twentyParallelCopiesAreAllKept() throws {
        let work = try Workspace()
        try work.run("parse", "--meteor", "app:ui:theme=dark;font=mono")
        try work.runConcurrently((0..<20).map { ["copy", "app:ui", "copy\($0):ui"] })
        let contexts = try work.run("contexts").stdout.split(separator: "\n")
        #expect(contexts.count == 21)
        for index in 0..<20 {
            #expect(try work.run("get", "copy\(index):ui:font").stdout == "mono\n")
        }
        let history = try work.run("history", "--limit", "100", "--format", "json")
        let page = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8))
        let records = (page as? [String: Any])?["records"] as? [[String: Any]] ?? []
        #expect(records.count { $0["command"] as? String == "copyNamespace" } == 20)
    }
}
