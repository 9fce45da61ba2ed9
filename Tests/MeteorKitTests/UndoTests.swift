import Testing

@testable import MeteorKit

@Suite struct UndoTests {
    @Test func undoRestoresPreviousValue() throws {
        let engine = MeteorEngine()
        try engine.execute(.set(path: "a", value: "1"))
        try engine.execute(.set(path: "a", value: "2"))
        let record = try engine.undo()
        #expect(record.id == 2)
        #expect(try engine.get("a") == "1")
        try engine.undo()
        #expect(try engine.get("a") == nil)
        expectError(.nothingToUndo) { try engine.undo() }
        try engine.redo()
        try engine.redo()
        #expect(try engine.get("a") == "2")
        expectError(.nothingToRedo) { try engine.redo() }
    }

    @Test func undoOfDeleteRestoresPosition() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "a=1; b=2; c=3")
        try engine.execute(.delete(path: "b"))
        try engine.execute(.set(path: "b", value: "new"))
        #expect(dump(engine) == ["app:main:a=1", "app:main:c=3", "app:main:b=new"])
        try engine.undo()
        try engine.undo()
        #expect(dump(engine) == ["app:main:a=1", "app:main:b=2", "app:main:c=3"])
    }

    @Test func undoOfAStreamRevertsAllOfItAndTheCursor() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "keep=1; gone=2")
        try engine.execute(
            .processTokenStream("keep=changed; ns=ui; x=1; ctl:delete=app:main:gone; y=2"))
        #expect(engine.cursor.position == "app:ui")
        try engine.undo()
        #expect(dump(engine) == ["app:main:keep=1", "app:main:gone=2"])
        #expect(engine.cursor == .initial)
        try engine.redo()
        #expect(dump(engine) == ["app:main:keep=changed", "app:ui:x=1", "app:ui:y=2"])
        #expect(engine.cursor.position == "app:ui")
    }

    @Test func newChangeClearsRedo() throws {
        let engine = MeteorEngine()
        try engine.execute(.set(path: "a", value: "1"))
        try engine.undo()
        #expect(engine.canRedo)
        try engine.execute(.set(path: "b", value: "2"))
        #expect(!engine.canRedo)
        #expect(engine.canUndo)
    }

    @Test func undoOfDeletesInACompactedNamespaceRestoresOrder() throws {
        let engine = MeteorEngine()
        let names = (0..<200).map { "k\($0)" }
        try engine.process(tokenStream: names.prefix(100).map { "\($0)=v" }.joined(separator: ";"))
        try engine.process(
            tokenStream: names.dropFirst(100).map { "\($0)=v" }.joined(separator: ";"))
        let before = EngineState(engine)
        let deletes = names.enumerated().filter { $0.offset % 4 != 0 }.map {
            "ctl:delete=app:main:\($0.element)"
        }
        try engine.execute(.processTokenStream(deletes.prefix(100).joined(separator: ";")))
        try engine.execute(.processTokenStream(deletes.dropFirst(100).joined(separator: ";")))
        #expect(engine.entryCount == 50)
        try engine.undo()
        try engine.undo()
        #expect(EngineState(engine) == before)
    }

    @Test func undoOfResetStorageIsConstantTimeSnapshot() throws {
        let engine = MeteorEngine()
        for i in 0..<1_000 { try engine.set("c\(i % 7):n\(i % 13):k\(i)", "\(i)") }
        let before = EngineState(engine)
        try engine.execute(.reset(.storage))
        #expect(engine.entryCount == 0)
        try engine.undo()
        #expect(EngineState(engine) == before)
        try engine.execute(.set(path: "c0:n0:new", value: "x"))
        #expect(engine.entryCount == 1_001)
        #expect(Array(engine.entries(in: try ctx("c0"), try ns("n0"))).last?.key.flat == "new")
    }

    @Test func undoAndRedoNotifyAndReportTheRecord() throws {
        let engine = MeteorEngine()
        let recorder = ChangeRecorder()
        recorder.attach(to: engine)
        try engine.execute(.set(path: "a", value: "1"))
        try engine.undo()
        try engine.redo()
        #expect(recorder.changes.map(\.direction) == [.do, .undo, .redo])
        #expect(recorder.changes.allSatisfy { $0.record.id == 1 })
    }

    // MARK: - Laws

    /// Runs random commands, then checks: undoing everything returns to the start state, and
    /// redoing everything returns to the end state, entry order included.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func undoThenRedoIsTheIdentity(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let engine = MeteorEngine()
        try engine.process(tokenStream: "seed=0; list[]=a; list[]=b; other=1")
        try engine.execute(.scratchSet(name: "base", value: "0"))
        engine.clearHistory()
        var states = [EngineState(engine)]
        var undoable = 0
        for _ in 0..<60 {
            let command = try Self.randomCommand(&random)
            let before = EngineState(engine)
            do {
                try engine.execute(command)
                if engine.history.lastCommand?.isUndoable == true {
                    undoable += 1
                    states.append(EngineState(engine))
                } else {
                    states[states.count - 1] = EngineState(engine)
                }
            } catch {
                #expect(EngineState(engine) == before, "failed \(command) changed the engine")
            }
        }
        #expect(undoable >= 15, "seed \(seed) made too few undoable commands to be a test")
        let end = EngineState(engine)
        for step in stride(from: undoable, to: 0, by: -1) {
            try engine.undo()
            var expected = states[step - 1]
            expected.cursor = EngineState(engine).cursor
            #expect(EngineState(engine).entries == expected.entries, "after undo to \(step - 1)")
            #expect(EngineState(engine).scratch == expected.scratch)
        }
        #expect(!engine.canUndo)
        #expect(EngineState(engine).entries == states[0].entries)
        for _ in 0..<undoable { try engine.redo() }
        #expect(EngineState(engine).entries == end.entries)
        #expect(EngineState(engine).scratch == end.scratch)
        #expect(!engine.canRedo)
        // And once more: undo then redo of the last step is the identity, cursor included.
        if undoable > 0 {
            let here = EngineState(engine)
            try engine.undo()
            try engine.redo()
            #expect(EngineState(engine) == here)
        }
    }

    private static func randomCommand(_ random: inout SplitMix64) throws -> EngineCommand {
        let contexts = ["app", "user", "doc"]
        let namespaces = ["main", "ui", "a.b", ""]
        let keys = ["k1", "k2", "k3", "list[]", "list[0]", "x.y", "m[n]"]
        func pick(_ values: [String]) -> String {
            values[Int(random.next() % UInt64(values.count))]
        }
        let path = "\(pick(contexts)):\(pick(namespaces)):\(pick(keys))"
        switch random.next() % 14 {
        case 0, 1, 2, 3: return .set(path: path, value: "v\(random.next() % 100)")
        case 4: return .delete(path: path)
        case 5: return .delete(path: "\(pick(contexts)):\(pick(namespaces)):")
        case 6:
            return .processTokenStream(
                "\(pick(keys))=s; ns=\(pick(["ui", "main"])); \(pick(keys))=t; "
                    + "ctl:delete=\(path)")
        case 7: return .processMeteorStream("\(path)=m1;z=m2 :;: doc:ui:w=m3")
        case 8:
            let context = try ctx(pick(contexts))
            let entries = [Entry(Address(context, .main, try key(pick(keys))), "i")]
            return .importNamespace(context, .main, entries: entries, scratch: ["imp": "1"])
        case 9:
            return .renameKey(from: try addr(path), to: try key(pick(keys)))
        case 10:
            let target = try ns(pick(["ui", "moved", "copy"]))
            return random.next() % 2 == 0
                ? .moveNamespace(from: .app, .main, to: .app, target)
                : .copyNamespace(from: .app, .main, to: .app, target)
        case 11:
            return random.next() % 2 == 0
                ? .scratchSet(name: pick(["n1", "n2"]), value: "s")
                : .scratchAppend(name: pick(["n1", "n2"]), text: "+")
        case 12:
            return random.next() % 3 == 0
                ? .scratchClearAll : .scratchRemove(name: pick(["n1", "base"]))
        default:
            return .reset(random.next() % 2 == 0 ? .storage : .all)
        }
    }
}
