import Testing

@testable import MeteorKit

@Suite struct EngineChangeTests {
    @Test func notifiedForDataAndScratchChangesOnly() throws {
        let engine = MeteorEngine()
        let recorder = ChangeRecorder()
        recorder.attach(to: engine)
        try engine.set("library", "not notified")
        try engine.execute(.set(path: "a", value: "1"))
        try engine.execute(.setCursor(.app, .root))
        _ = try? engine.execute(.delete(path: "missing"))
        try engine.execute(.scratchSet(name: "n", value: "v"))
        try engine.execute(.reset(.cursor))
        #expect(recorder.changes.map(\.record.kind) == [.set, .scratchSet])
        #expect(recorder.changes.allSatisfy { $0.direction == .do })
    }

    @Test func libraryStreamControlRecordsNotify() throws {
        let engine = MeteorEngine()
        let recorder = ChangeRecorder()
        recorder.attach(to: engine)
        try engine.process(tokenStream: "a=1; ctl:delete=app:main:a; ctl:reset=cursor")
        #expect(recorder.changes.map(\.record.kind) == [.delete])
        #expect(recorder.changes.first?.record.origin == .streamControl)
    }

    @Test func changesDescribeBeforeAndAfter() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "a=1; b=2")
        try engine.execute(.processTokenStream("a=10; c=3; ctl:delete=app:main:b"))
        let record = try #require(engine.history.lastCommand)
        let entries = record.changes.flatMap(\.entryChanges)
        #expect(
            entries.map(\.description) == [
                "~ app:main:a: 1 → 10", "+ app:main:c=3", "- app:main:b=2",
            ])
        #expect(record.changesData)
        try engine.execute(.clearNamespace(.app, .main))
        let cleared = try #require(engine.history.lastCommand)
        #expect(cleared.changes.map(\.scope) == [.namespace(.app, .main)])
        #expect(cleared.changes[0].entryChanges.map(\.before) == ["10", "3"])
        try engine.execute(.set(path: "user:x:k", value: "v"))
        try engine.execute(.clearContext(try ctx("user")))
        #expect(engine.history.lastCommand?.changes.map(\.scope) == [.context(try ctx("user"))])
        #expect(engine.history.lastCommand?.changes[0].entryChanges.count == 1)
        try engine.set("z", "1")
        try engine.execute(.reset(.storage))
        #expect(engine.history.lastCommand?.changes.map(\.scope) == [.storage])
        #expect(
            engine.history.lastCommand?.changes[0].entryChanges.map(\.description) == [
                "- app:main:z=1"
            ])
        #expect(
            EntryChange(address: try addr("q"), before: nil, after: nil).description
                == "  app:main:q")
    }
}
