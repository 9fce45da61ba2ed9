import Testing

@testable import MeteorKit

@Suite struct MeteorEngineStreamsTests {
    @Test func outcomeCountsStoresDeletesAndCursor() throws {
        let engine = MeteorEngine()
        try engine.set("app:old:x", "1")
        let outcome = try engine.process(
            tokenStream: "a=1; a=2; ns=ui; b=3; ctl:delete=app:old:; ctl:delete=app:nothing:")
        #expect(outcome.stored == 3)
        #expect(outcome.deleted == 1)
        #expect(outcome.cursor.position == "app:ui")
        #expect(outcome.warnings.isEmpty)
        #expect(dump(engine) == ["app:main:a=2", "app:ui:b=3"])
    }

    @Test func deleteSeesDataStoredEarlierInTheStream() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "a=1; b=2; ctl:delete=app:main:a; c=3")
        #expect(dump(engine) == ["app:main:b=2", "app:main:c=3"])
    }

    @Test func resetStorageInTheMiddleKeepsLaterTokens() throws {
        let engine = MeteorEngine()
        try engine.set("user:x:old", "1")
        try engine.process(tokenStream: "a=1; ns=ui; ctl:reset=storage; b=2")
        #expect(dump(engine) == ["app:ui:b=2"])
        try engine.process(tokenStream: "c=3; ctl:reset=all; d=4")
        #expect(dump(engine) == ["app:main:d=4"])
        #expect(engine.cursor == .initial)
    }

    @Test func parseErrorAppliesNothing() throws {
        let engine = MeteorEngine()
        try engine.set("keep", "1")
        engine.cursor.namespace = try ns("start")
        expectError(.unclosedQuote) { try engine.process(tokenStream: "ns=ui; a=1; b=\"oops") }
        #expect(dump(engine) == ["app:main:keep=1"])
        #expect(engine.cursor.position == "app:start")
        #expect(engine.history.isEmpty)
    }

    @Test func applyTimeFailureRollsEverythingBack() throws {
        var limits = Limits.active
        limits.contexts = 2
        let engine = MeteorEngine(limits: limits)
        try engine.set("app:main:keep", "1")
        try engine.set("app:main:order", "2")
        let before = EngineState(engine)
        expectError(.limitExceeded) {
            try engine.process(
                tokenStream:
                    "keep=changed; ctl:delete=app:main:order; ns=moved; new=1; b:x:k=1; c:x:k=1")
        }
        #expect(EngineState(engine) == before)
        #expect(engine.history.isEmpty)
        #expect(engine.find(try QueryPattern("*:**:*")).count == 2)
    }

    @Test func deletedContextMakesRoomWithinTheStream() throws {
        var limits = Limits.active
        limits.contexts = 1
        let engine = MeteorEngine(limits: limits)
        try engine.set("app:main:a", "1")
        try engine.process(tokenStream: "ctl:delete=app::; user:x:k=1")
        #expect(dump(engine) == ["user:x:k=1"])
    }

    @Test func meteorStreamNeverMovesTheCursorExceptByReset() throws {
        let engine = MeteorEngine()
        engine.cursor = Cursor(context: try ctx("user"), namespace: try ns("x"))
        try engine.process(meteorStream: "app:ui:a=1;b=2")
        #expect(engine.cursor.position == "user:x")
        try engine.process(meteorStream: "app:ui:c=3; ctl:reset=cursor")
        #expect(engine.cursor == .initial)
        expectError(.controlTokenInMeteorStream) {
            try engine.process(meteorStream: "app:ui:a=1;ns=x")
        }
    }

    @Test func libraryStreamRecordsOnlyItsControlCommands() throws {
        let engine = MeteorEngine(clock: SteppingEngineClock())
        try engine.process(tokenStream: "a=1; b=2; ctl:delete=app:main:a; ctl:reset=cursor; c=3")
        let records = engine.history.records(order: .oldestFirst)
        #expect(records.map(\.kind) == [.delete, .reset])
        #expect(records.allSatisfy { $0.origin == .streamControl && $0.succeeded })
        #expect(records[0].command == .delete(path: "app:main:a"))
        #expect(records[0].changes.flatMap(\.entryChanges).map(\.before) == ["1"])
        #expect(records[1].command == .reset(.cursor))
        #expect(!engine.canUndo)
    }

    @Test func executeRecordsTheStreamAsOneRecordListingControls() throws {
        let engine = MeteorEngine()
        let outcome = try engine.execute(.processTokenStream("a=1; ctl:delete=app:main:a; b=2"))
        #expect(engine.history.count == 1)
        let record = try #require(engine.history.lastCommand)
        #expect(record.id == outcome.recordID)
        #expect(record.controlCommands.count == 1)
        #expect(record.isUndoable)
        #expect(outcome.stored == 2)
        #expect(outcome.deleted == 1)
        try engine.undo()
        #expect(engine.entryCount == 0)
    }

    @Test func depthWarningsAreReportedOrRejectedInStrictMode() throws {
        let engine = MeteorEngine()
        let outcome = try engine.process(tokenStream: "ns=a.b.c.d.e; k=v")
        #expect(outcome.warnings.map(\.kind) == [.namespaceDepthWarning])
        let executed = try engine.execute(.processMeteorStream("app:a.b.c.d.e:k2=v"))
        #expect(executed.warnings.map(\.kind) == [.namespaceDepthWarning])
        engine.options.strict = true
        expectError(.namespaceDepthWarning) { try engine.process(tokenStream: "ns=x.b.c.d.e; k=v") }
        #expect(engine.entryCount == 2)
    }

    @Test func deepNamespacesPassWhenDepthIsNotEnforced() throws {
        let engine = MeteorEngine(options: EngineSetOptions(enforceNamespaceDepth: false))
        try engine.process(tokenStream: "ns=a.b.c.d.e.f.g; k=v")
        #expect(engine.cursor.namespace.depth == 7)
        #expect(engine.entryCount == 1)
    }

    @Test func streamLimitIsTheProfiles() throws {
        var limits = Limits.active
        limits.streamItems = 3
        let engine = MeteorEngine(limits: limits)
        expectError(.limitExceeded) { try engine.process(tokenStream: "a=1; b=2; c=3; d=4") }
        try engine.process(tokenStream: "a=1; b=2; c=3")
        #expect(engine.entryCount == 3)
    }
}
