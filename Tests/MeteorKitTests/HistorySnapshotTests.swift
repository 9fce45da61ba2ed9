import Foundation
import Testing

@testable import MeteorKit

/// A saved history restored into a freshly loaded engine behaves exactly like the history
/// of the engine that never stopped: same undo, redo, order and listing.
@Suite struct HistorySnapshotTests {
    /// What a front end does between two processes: save the entries, the scratch slots,
    /// the cursor and the history snapshot (through JSON), then load them into a new engine.
    func reloaded(_ engine: MeteorEngine, budget: Int = 10_000) throws -> MeteorEngine {
        let data = try JSONEncoder().encode(engine.historySnapshot(changeBudget: budget))
        let fresh = MeteorEngine()
        _ = try fresh.load(Array(engine.entries))
        for slot in engine.scratch {
            try fresh.execute(.scratchSet(name: slot.name, value: slot.value))
        }
        fresh.clearHistory()
        fresh.cursor = engine.cursor
        try fresh.restoreHistory(JSONDecoder().decode(HistorySnapshot.self, from: data))
        return fresh
    }

    @Test func undoAfterReloadPutsADeletedKeyBackInPlace() throws {
        var engine = MeteorEngine()
        try engine.process(tokenStream: "a=1; b=2; c=3")
        try engine.execute(.delete(path: "b"))
        engine = try reloaded(engine)
        try engine.execute(.set(path: "d", value: "4"))
        engine = try reloaded(engine)
        try engine.undo()
        engine = try reloaded(engine)
        try engine.undo()
        #expect(dump(engine) == ["app:main:a=1", "app:main:b=2", "app:main:c=3"])
        engine = try reloaded(engine)
        try engine.redo()
        #expect(dump(engine) == ["app:main:a=1", "app:main:c=3"])
    }

    @Test func failedRecordsAndCursorMovesSurvive() throws {
        var engine = MeteorEngine()
        try engine.execute(.setCursor(try ctx("app"), try ns("ui")))
        #expect(throws: MeteorError.self) { try engine.execute(.delete(path: "app:ui:none")) }
        engine = try reloaded(engine)
        let records = engine.history.records(order: .oldestFirst)
        #expect(records.map(\.kind) == [.setCursor, .delete])
        #expect(records.last?.error?.kind == .notFound)
        try engine.execute(.set(path: "k", value: "v"))
        #expect(engine.history.lastCommand?.id == 3)
    }

    @Test func aSmallBudgetKeepsNewestChangesAndStopsUndoBeforeOlderOnes() throws {
        var engine = MeteorEngine()
        try engine.execute(.set(path: "a", value: "1"))
        try engine.execute(.processTokenStream("b=1; c=1; d=1"))
        try engine.execute(.set(path: "e", value: "1"))
        engine = try reloaded(engine, budget: 2)
        #expect(engine.history.count == 3)
        #expect(engine.history.records(order: .oldestFirst)[1].changes.isEmpty)
        try engine.undo()
        #expect(throws: MeteorError.self) { try engine.undo() }
        #expect(dump(engine) == ["app:main:a=1", "app:main:b=1", "app:main:c=1", "app:main:d=1"])
    }

    @Test func aSnapshotThatDoesNotFitTheDataChangesNothing() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "a=1; b=2")
        try engine.execute(.delete(path: "a"))
        let snapshot = engine.historySnapshot()
        let other = MeteorEngine()
        _ = try other.load([Entry(try addr("app:main:x"), "1"), Entry(try addr("app:main:y"), "2")])
        #expect(throws: MeteorError.self) { try other.restoreHistory(snapshot) }
        #expect(other.history.isEmpty)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func reloadingAtRandomPointsMatchesAnEngineThatNeverStopped(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let reference = MeteorEngine()
        var engine = MeteorEngine()
        let paths = ["app:ui:a", "app:ui:b", "app:ui:c", "app:db:a", "app:db:list[]", "web:x:k"]
        let commands: [EngineCommand] =
            paths.map { .set(path: $0, value: "v") } + paths.map { .delete(path: $0) } + [
                .delete(path: "app:ui:"), .delete(path: "app::"), .reset(.storage),
                .processTokenStream("ns=ui; a=s; z=s; ctl:delete=app:ui:b"),
                .copyNamespace(from: try ctx("app"), try ns("ui"), to: try ctx("web"), try ns("y")),
                .moveNamespace(
                    from: try ctx("app"), try ns("db"), to: try ctx("app"), try ns("d2")),
                .renameKey(from: try addr("app:ui:a"), to: try key("r")),
                .scratchSet(name: "n", value: "1"), .scratchRemove(name: "n"),
            ]
        for step in 0..<120 {
            let roll = Int.random(in: 0..<10, using: &random)
            let outcomes: (Bool, Bool)
            if roll < 2 {
                outcomes = ((try? reference.undo()) != nil, (try? engine.undo()) != nil)
            } else if roll < 3 {
                outcomes = ((try? reference.redo()) != nil, (try? engine.redo()) != nil)
            } else {
                let command = commands[Int.random(in: 0..<commands.count, using: &random)]
                outcomes = (
                    (try? reference.execute(command)) != nil, (try? engine.execute(command)) != nil
                )
            }
            #expect(outcomes.0 == outcomes.1, "step \(step)")
            #expect(EngineState(engine) == EngineState(reference), "step \(step)")
            if Int.random(in: 0..<3, using: &random) == 0 { engine = try reloaded(engine) }
        }
        #expect(
            engine.history.records().map(\.id) == reference.history.records().map(\.id))
        while (try? reference.undo()) != nil {
            try engine.undo()
            #expect(EngineState(engine) == EngineState(reference))
        }
    }
}
