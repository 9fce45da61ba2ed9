import Testing

@testable import MeteorKit

@Suite struct MeteorEngineExecuteTests {
    @Test func setReportsResolvedAddressAndWarnings() throws {
        let engine = MeteorEngine()
        let first = try engine.execute(.set(path: "app:ui:list[]", value: "a"))
        #expect(first.address?.description == "app:ui:list[0]")
        #expect(first.stored == 1)
        let second = try engine.execute(.setAddress(try addr("app:ui:list[]"), value: "b"))
        #expect(second.address?.description == "app:ui:list[1]")
        let deep = try engine.execute(.set(path: "app:a.b.c.d.e:k", value: "v"))
        #expect(deep.warnings.map(\.kind) == [.namespaceDepthWarning])
        #expect(engine.history.lastCommand?.warnings.count == 1)
    }

    @Test func deleteCommandsFailWhenNothingIsThere() throws {
        let engine = MeteorEngine()
        try engine.set("app:ui:a", "1")
        expectError(.notFound) { try engine.execute(.delete(path: "app:ui:b")) }
        expectError(.notFound) { try engine.execute(.clearNamespace(.app, try ns("x"))) }
        expectError(.notFound) { try engine.execute(.clearContext(try ctx("user"))) }
        expectError(.emptyPath) { try engine.execute(.delete(path: "")) }
        #expect(engine.history.failedCommands.count == 4)
        #expect(engine.entryCount == 1)
    }

    @Test func clearNamespaceAndContext() throws {
        let engine = MeteorEngine()
        try engine.process(meteorStream: "app:ui:a=1;b=2 :;: app:main:c=3 :;: user:x:d=4")
        let cleared = try engine.execute(.clearNamespace(.app, try ns("ui")))
        #expect(cleared.deleted == 2)
        #expect(dump(engine) == ["app:main:c=3", "user:x:d=4"])
        let context = try engine.execute(.clearContext(.app))
        #expect(context.deleted == 1)
        #expect(dump(engine) == ["user:x:d=4"])
        try engine.undo()
        try engine.undo()
        #expect(dump(engine) == ["app:main:c=3", "app:ui:a=1", "app:ui:b=2", "user:x:d=4"])
    }

    @Test(arguments: ResetTarget.allCases)
    func reset(target: ResetTarget) throws {
        let engine = MeteorEngine()
        try engine.set("user:x:a", "1")
        try engine.execute(.scratchSet(name: "note", value: "kept"))
        engine.cursor = Cursor(context: try ctx("user"), namespace: try ns("x"))
        try engine.execute(.reset(target))
        #expect(engine.entryCount == (target == .cursor ? 1 : 0))
        #expect((engine.cursor == .initial) == (target != .storage))
        #expect(engine.scratch.get("note") == "kept")
        #expect(engine.history.lastCommand?.isUndoable == (target != .cursor))
        if target != .cursor {
            try engine.undo()
            #expect(dump(engine) == ["user:x:a=1"])
            #expect(engine.cursor.position == "user:x")
        }
    }

    @Test func setCursorIsRecordedButNotUndoable() throws {
        let engine = MeteorEngine()
        let outcome = try engine.execute(.setCursor(try ctx("user"), try ns("prefs")))
        #expect(outcome.cursor.position == "user:prefs")
        #expect(engine.cursor.position == "user:prefs")
        #expect(engine.history.lastCommand?.kind == .setCursor)
        #expect(!engine.canUndo)
        let deep = try Namespace(validating: "a.b.c.d.e.f", enforceDepth: false)
        expectError(.namespaceTooDeep) { try engine.execute(.setCursor(.app, deep)) }
        #expect(engine.cursor.position == "user:prefs")
    }

    @Test func importReplacesANamespaceAsOneUndoableRecord() throws {
        let engine = MeteorEngine()
        try engine.process(meteorStream: "doc:guide:old=1;keep=2 :;: doc:other:x=1")
        let entries = [
            Entry(try addr("doc:guide:keep"), "new"),
            Entry(try addr("somewhere:else:sections[10_intro]"), "Intro"),
            Entry(try addr("doc:guide:list[]"), "a"),
            Entry(try addr("doc:guide:list[]"), "b"),
        ]
        let outcome = try engine.execute(
            .importNamespace(
                try ctx("doc"), try ns("guide"), entries: entries,
                scratch: ["b.note": "2", "a.note": "1"]))
        #expect(outcome.stored == 4)
        #expect(outcome.deleted == 1)
        #expect(
            dump(engine) == [
                "doc:guide:keep=new", "doc:guide:sections[10_intro]=Intro",
                "doc:guide:list[0]=a", "doc:guide:list[1]=b", "doc:other:x=1",
            ])
        #expect(engine.scratch.list == ["a.note", "b.note"])
        #expect(engine.history.count == 1)
        try engine.undo()
        #expect(dump(engine) == ["doc:guide:old=1", "doc:guide:keep=2", "doc:other:x=1"])
        #expect(engine.scratch.isEmpty)
        try engine.redo()
        #expect(engine.keyCount(in: try ctx("doc"), try ns("guide")) == 4)
    }

    @Test func importValidatesEverythingFirst() throws {
        var limits = Limits.active
        limits.valueLength = 3
        let engine = MeteorEngine(limits: limits)
        try engine.set("doc:guide:old", "1")
        let entries = [
            Entry(try addr("doc:guide:a"), "ok"), Entry(try addr("doc:guide:b"), "long"),
        ]
        expectError(.limitExceeded) {
            try engine.execute(.importNamespace(try ctx("doc"), try ns("guide"), entries: entries))
        }
        expectError(.invalidKey) {
            try engine.execute(
                .importNamespace(
                    try ctx("doc"), try ns("guide"), entries: [], scratch: ["a b": "x"]))
        }
        #expect(dump(engine) == ["doc:guide:old=1"])
        #expect(engine.scratch.isEmpty)
    }

    @Test func importOfNothingEmptiesTheNamespace() throws {
        let engine = MeteorEngine()
        try engine.set("doc:guide:old", "1")
        try engine.execute(.importNamespace(try ctx("doc"), try ns("guide"), entries: []))
        #expect(engine.entryCount == 0)
        #expect(engine.contexts.isEmpty)
    }

    @Test func renameKeepsPosition() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "a=1; b=2; c=3")
        let outcome = try engine.execute(.renameKey(from: try addr("b"), to: try key("z[x]")))
        #expect(outcome.address?.description == "app:main:z[x]")
        #expect(dump(engine) == ["app:main:a=1", "app:main:z[x]=2", "app:main:c=3"])
        expectError(.targetExists) {
            try engine.execute(.renameKey(from: try addr("a"), to: try key("c")))
        }
        expectError(.notFound) {
            try engine.execute(.renameKey(from: try addr("nope"), to: try key("d")))
        }
        try engine.undo()
        #expect(dump(engine) == ["app:main:a=1", "app:main:b=2", "app:main:c=3"])
        let changes = try #require(engine.history.record(id: outcome.recordID)).changes
        #expect(changes.map(\.scope) == [.rename(try addr("b"), try addr("z[x]"))])
        #expect(changes[0].entryChanges.map(\.before) == ["2", nil])
    }

    @Test func renameToAppendResolves() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "list[0]=a; x=b")
        let outcome = try engine.execute(.renameKey(from: try addr("x"), to: try key("list[]")))
        #expect(outcome.address?.description == "app:main:list[1]")
    }

    @Test func moveAndCopyNamespaces() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "ns=src; c=3; a=1; b=2")
        try engine.execute(.copyNamespace(from: .app, try ns("src"), to: try ctx("user"), .root))
        #expect(
            dump(engine) == [
                "app:src:c=3", "app:src:a=1", "app:src:b=2", "user::c=3", "user::a=1",
                "user::b=2",
            ])
        try engine.set("app:src:d", "4")
        #expect(engine.keyCount(in: try ctx("user"), .root) == 3)
        try engine.execute(.moveNamespace(from: .app, try ns("src"), to: .app, try ns("dst")))
        #expect(engine.namespaces(in: .app) == [try ns("dst")])
        #expect(
            dump(engine).prefix(4) == ["app:dst:c=3", "app:dst:a=1", "app:dst:b=2", "app:dst:d=4"])
        expectError(.targetExists) {
            try engine.execute(
                .moveNamespace(from: .app, try ns("dst"), to: try ctx("user"), .root))
        }
        expectError(.notFound) {
            try engine.execute(.copyNamespace(from: .app, try ns("gone"), to: .app, try ns("x")))
        }
        try engine.undo()
        #expect(engine.namespaces(in: .app) == [try ns("src")])
        #expect(engine.keyCount(in: .app, try ns("src")) == 4)
        try engine.undo()
        #expect(engine.contexts == [.app])
    }

    @Test func moveRespectsTheContextLimitAfterFreeingTheSource() throws {
        var limits = Limits.active
        limits.contexts = 1
        let engine = MeteorEngine(limits: limits)
        try engine.set("app:x:a", "1")
        try engine.execute(
            .moveNamespace(from: .app, try ns("x"), to: try ctx("user"), try ns("x")))
        #expect(dump(engine) == ["user:x:a=1"])
        try engine.set("user:y:b", "2")
        expectError(.limitExceeded) {
            try engine.execute(.copyNamespace(from: try ctx("user"), try ns("y"), to: .app, .main))
        }
        #expect(dump(engine) == ["user:x:a=1", "user:y:b=2"])
    }

    @Test func commandKindsAndTargets() throws {
        let commands: [(EngineCommand, EngineCommandKind, String)] = [
            (.set(path: "a:b:c", value: "v"), .set, "a:b:c"),
            (.setAddress(try addr("a:b:c[0]"), value: "v"), .setAddress, "a:b:c[0]"),
            (.delete(path: "a::"), .delete, "a::"),
            (.clearNamespace(.app, .root), .clearNamespace, "app::"),
            (.clearContext(.app), .clearContext, "app::"),
            (.reset(.all), .reset, "all"),
            (.processTokenStream("a=1"), .processTokenStream, "a=1"),
            (
                .processMeteorStream(String(repeating: "x", count: 70)), .processMeteorStream,
                String(repeating: "x", count: 60) + "…"
            ),
            (.setCursor(.app, .main), .setCursor, "app:main"),
            (.importNamespace(.app, .main, entries: []), .importNamespace, "app:main:"),
            (
                .importEntries(
                    EntryLines([
                        Entry(try addr("app:ui:a"), "1"), Entry(try addr("app::b"), "2"),
                        Entry(try addr("app:ui:c"), "3"),
                    ]), replacing: false), .importEntries, "app:ui:, app::"
            ),
            (
                .renameKey(from: try addr("a"), to: try key("b")), .renameKey,
                "app:main:a → app:main:b"
            ),
            (
                .moveNamespace(from: .app, .main, to: .app, .root), .moveNamespace,
                "app:main: → app::"
            ),
            (
                .copyNamespace(from: .app, .main, to: .app, .root), .copyNamespace,
                "app:main: → app::"
            ),
            (.scratchSet(name: "n", value: "v"), .scratchSet, "n"),
            (.scratchAppend(name: "n", text: "v"), .scratchAppend, "n"),
            (.scratchRemove(name: "n"), .scratchRemove, "n"),
            (.scratchClearAll, .scratchClearAll, "*"),
        ]
        #expect(Set(commands.map(\.1)) == Set(EngineCommandKind.allCases))
        for (command, kind, target) in commands {
            #expect(command.kind == kind)
            #expect(command.target == target)
        }
    }

    @Test func failedExecuteLeavesEverythingButAppendsARecord() throws {
        let engine = MeteorEngine()
        try engine.execute(.set(path: "a", value: "1"))
        engine.cursor.namespace = try ns("here")
        let before = EngineState(engine)
        let undoable = engine.history.undoableCount
        expectError(.invalidEscape) {
            try engine.execute(.processTokenStream("ns=x; b=2; c=\"\\q\""))
        }
        #expect(EngineState(engine) == before)
        #expect(engine.history.undoableCount == undoable)
        let record = try #require(engine.history.lastCommand)
        #expect(!record.succeeded)
        #expect(record.cursorAfter == record.cursorBefore)
    }
}
