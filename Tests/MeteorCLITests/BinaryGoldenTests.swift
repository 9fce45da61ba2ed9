import Foundation
import MeteorCLI
import Testing

/// Runs the built `meteor` binary against temporary stores and compares transcripts
/// (command, stdout, stderr, exit status) with golden files in Snapshots/.
@Suite struct BinaryGoldenTests {
    @Test func basicsInText() throws {
        let work = try Workspace()
        try work.run("set", "app:ui:button", "click")
        try work.run("set", "app:ui:title", "Hello, world")
        try work.run("set", "app:ui:list[]", "first")
        try work.run("set", "app:ui:list[]", "second")
        try work.run("set", "user:prefs:theme", "dark")
        try work.run("set", "doc:guide:sections[intro]", "-", stdin: "line 1\nline 2\n")
        try work.run("get", "app:ui:title")
        try work.run("get", "app:ui:list[1]")
        try work.run("get", "doc:guide:sections[intro]")
        try work.run("get", "app:ui:")
        try work.run("exists", "app:ui:button")
        try work.run("list", "app", "ui")
        try work.run("contexts")
        try work.run("namespaces", "app")
        try work.run("find", "*:**:theme")
        try work.run("meteor", "app", "ui")
        try work.run("delete", "app:ui:button")
        try work.run("set", "app:ui:title", "Bye", "--dry-run")
        try work.run("dump")
        assertSnapshot(work.transcript, named: "basics-text")
    }

    @Test func basicsInJSON() throws {
        let work = try Workspace()
        try work.run("--format", "json", "set", "app:ui:list[]", "a b")
        try work.run("get", "app:ui:list[0]", "--format", "json")
        try work.run("exists", "app:ui:nope", "--format", "json")
        try work.run("list", "app", "--format", "json")
        try work.run("contexts", "--format", "json")
        try work.run("namespaces", "app", "--format", "json")
        try work.run("meteor", "app", "ui", "--format", "json")
        try work.run("parse", "x=1; ns=ui; y=2", "--format", "json")
        try work.run("delete", "app::", "--format", "json")
        try work.run("dump", "--format", "json")
        try work.run("get", "app:ui:nope", "--format", "json")
        assertSnapshot(work.transcript, named: "basics-json")
    }

    @Test func exitCodesAndStreams() throws {
        let work = try Workspace()
        let missing = try work.run("get", "app:ui:nope")
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(try work.run("exists", "nope").status == 1)
        let usage = try work.run("get")
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("Usage: meteor get"))
        #expect(try work.run("frobnicate").status == 2)
        let invalid = try work.run("set", "app:ui..x:k", "v")
        #expect(invalid.status == 3)
        #expect(invalid.stdout.isEmpty)
        #expect(invalid.stderr.contains("error[emptyNamespacePart]"))
        let stream = try work.run("parse", #"a=1; k="unclosed"#)
        #expect(stream.status == 3)
        #expect(!FileManager.default.fileExists(atPath: work.store))
        try work.run("validate", #"a=1; k="unclosed"#)
        try work.run("validate", "--explain", #"a=1; k="unclosed"#)
        try work.run("validate", "--explain", "ns=a.b.c.d.e; k=v")
        try work.run("validate", "--meteor", "button=click")
        try work.run("tui")
        assertSnapshot(work.transcript, named: "exit-codes")
    }

    @Test func storeErrorsExitWithFour() throws {
        let work = try Workspace()
        try "# meteor v1\napp:ui:ok=1\nthis is not an entry\n".write(
            toFile: work.store, atomically: true, encoding: .utf8)
        let corrupt = try work.run("get", "app:ui:ok")
        #expect(corrupt.status == 4)
        let directory = work.directory.appendingPathComponent("dir.meteor").path
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        #expect(try work.run("get", "k", "--store", directory).status == 4)
        try "# meteor v1\n".write(toFile: work.store, atomically: true, encoding: .utf8)
        let lock = try FileStore().lock(work.store)
        let locked = try work.run("set", "k", "v")
        lock.release()
        #expect(locked.status == 4)
        #expect(locked.stderr.contains("error[lockHeld]"))
        #expect(try work.run("set", "k", "v").status == 0)
        assertSnapshot(work.transcript, named: "store-errors")
    }

    @Test func streamsTokensScratchConfigAndReset() throws {
        let work = try Workspace()
        try work.run("parse", "button=click; ns=ui; theme=dark; list[]=a; list[]=b")
        try work.run(
            "parse", "--meteor", #"user:main:name=bob;note="a :;: b" :;: app:ui:size=large"#)
        try work.run("parse", "-", stdin: "ctl:delete=app:ui:size\n")
        try work.run(
            "token", #"list[0]=a; ui:grid[2,3]=x; user[name]="b c"; ns=ui; ctl:reset=cursor"#)
        try work.run("token", "--format", "json", "app:ui:a=1")
        try work.run("scratch", "set", "todo", "check intro")
        try work.run("scratch", "append", "todo", "; and FAQ")
        try work.run("scratch", "list")
        try work.run("scratch", "get", "todo")
        try work.run("scratch", "get", "nope")
        try work.run("scratch", "rm", "todo")
        try work.run("cursor")
        try work.run("config")
        try work.run("config", "--format", "json")
        try work.run("reset", "user")
        try work.run("reset", "storage")
        try work.run("dump")
        assertSnapshot(work.transcript, named: "streams-scratch-config")
    }

    @Test func exportAndImportRoundTrip() throws {
        let work = try Workspace()
        try work.run(
            "parse", "--meteor",
            ##"doc:guide:sections[10_intro]="# Intro";sections[20_setup]=steps;title=Guide"##)
        try work.run("export", "doc:guide", "out")
        try work.run("import", "out", "doc:copy", "--dry-run")
        try work.run("import", "out", "doc:copy", "--verify")
        try work.run("list", "doc", "copy")
        try "tampered".write(
            toFile: work.directory.appendingPathComponent("out/guide/_keys.meteor").path,
            atomically: true, encoding: .utf8)
        let tampered = try work.run("import", "out", "doc:copy", "--verify")
        #expect(tampered.status == 3)
        assertSnapshot(work.transcript, named: "export-import")
    }

    @Test func replReadsAScriptFromStdin() throws {
        let work = try Workspace()
        let script = """
            set app:ui:title "Hello, world"
            cursor app:ui
            parse 'theme=dark; list[]=x'
            get app:ui:theme
            history
            undo
            exists app:ui:theme
            redo
            set 'unclosed
            help get
            exit
            """
        try work.run(["repl"], stdin: script + "\n")
        try work.run("dump")
        assertSnapshot(work.transcript, named: "repl-script")
    }

    @Test func batchStopsAtTheFirstFailure() throws {
        let work = try Workspace()
        let script = "set a 1\nget a\nget missing\nset b 2\n"
        let run = try work.run(["repl", "--batch", "--format", "json"], stdin: script)
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").count == 4)
        #expect(!FileManager.default.fileExists(atPath: work.store))
        try work.run(["repl", "--batch"], stdin: script)
        assertSnapshot(work.transcript, named: "batch-stop")
    }

    @Test func batchKeepGoingSaves() throws {
        let work = try Workspace()
        let script = "set a 1\nget missing\nset 'b' \"x y\"\nnope\n# comment\n\nlist app\n"
        let run = try work.run(
            ["repl", "--batch", "--keep-going", "--format", "json"], stdin: script)
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").count == 5)
        #expect(try work.storeText() == "# meteor v1\napp:main:a=1\napp:main:b=x y\n")
        assertSnapshot(work.transcript, named: "batch-keep-going")
    }

    @Test func helpOfEverySubcommandShowsAnExample() throws {
        let work = try Workspace()
        let names = [
            "get", "set", "delete", "rename", "move", "copy", "exists", "find", "list", "contexts",
            "namespaces", "meteor",
            "dump", "parse", "validate", "token", "history", "undo", "redo", "cursor", "reset",
            "scratch", "export", "import", "config", "repl", "tui",
        ]
        for name in names {
            let help = try work.binary.run(
                [name, "--help"], environment: work.environment, in: work.directory)
            #expect(help.status == 0, "\(name) --help")
            #expect(help.stdout.contains("Examples:"), "\(name) --help has no examples")
        }
        let scratch = try work.binary.run(
            ["scratch", "set", "--help"], environment: work.environment, in: work.directory)
        #expect(scratch.stdout.contains("Examples:"))
        try work.run("--help")
        assertSnapshot(work.transcript, named: "help-root")
    }
}
