import Testing

@testable import MeteorKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

@Suite struct HistoryTests {
    private func engine(capacity: Int = 1_000) -> MeteorEngine {
        var limits = Limits.active
        limits.commandHistory = capacity
        return MeteorEngine(limits: limits, clock: SteppingEngineClock(step: 10))
    }

    @Test func everyExecuteLeavesARecordWithIdTimestampAndTarget() throws {
        let engine = engine()
        try engine.execute(.set(path: "app:ui:a", value: "1"))
        expectError(.notFound) { try engine.execute(.delete(path: "app:ui:missing")) }
        try engine.execute(.setCursor(.app, try ns("ui")))
        let records = engine.history.records(order: .oldestFirst)
        #expect(records.map(\.id) == [1, 2, 3])
        #expect(records.map(\.timestamp.timeIntervalSince1970) == [0, 10, 20])
        #expect(records.map(\.target) == ["app:ui:a", "app:ui:missing", "app:ui"])
        #expect(records.map(\.succeeded) == [true, false, true])
        #expect(records[1].error?.kind == .notFound)
        #expect(records[1].changes.isEmpty)
        #expect(records[0].changes.flatMap(\.entryChanges).first?.after == "1")
        #expect(records[2].cursorBefore == .initial)
        #expect(records[2].cursorAfter.position == "app:ui")
        #expect(!records[2].isUndoable)
    }

    @Test func recordsNewestFirstAndOldestFirst() throws {
        let engine = engine()
        for i in 0..<5 { try engine.execute(.set(path: "k\(i)", value: "\(i)")) }
        #expect(engine.history.records().map(\.id) == [5, 4, 3, 2, 1])
        #expect(engine.history.records(order: .oldestFirst).map(\.id) == [1, 2, 3, 4, 5])
        #expect(engine.history.lastCommand?.id == 5)
        #expect(engine.history.record(id: 3)?.target == "k2")
        #expect(engine.history.record(id: 9) == nil)
    }

    @Test func filtersByFailureKindAndSinceID() throws {
        let engine = engine()
        try engine.execute(.set(path: "a", value: "1"))
        _ = try? engine.execute(.set(path: "", value: "1"))
        try engine.execute(.delete(path: "a"))
        _ = try? engine.execute(.delete(path: "a"))
        try engine.execute(.scratchSet(name: "n", value: "v"))
        let history = engine.history
        #expect(history.failedCommands.map(\.id) == [4, 2])
        #expect(history.records(filter: HistoryFilter(failedOnly: true)).map(\.id) == [4, 2])
        #expect(history.records(filter: HistoryFilter(kinds: [.delete])).map(\.id) == [4, 3])
        #expect(
            history.records(order: .oldestFirst, filter: HistoryFilter(kinds: [.set, .scratchSet]))
                .map(\.id) == [1, 2, 5])
        #expect(history.records(filter: HistoryFilter(sinceID: 3)).map(\.id) == [5, 4])
        #expect(
            history.records(filter: HistoryFilter(failedOnly: true, kinds: [.set], sinceID: 1))
                .map(\.id) == [2])
        #expect(history.count(matching: HistoryFilter(failedOnly: true)) == 2)
    }

    @Test(arguments: [
        (0, [12, 11, 10, 9, 8]), (1, [7, 6, 5, 4, 3]), (2, [2, 1]), (3, []),
    ])
    func pagesNewestFirst(page: Int, ids: [Int]) throws {
        let engine = engine()
        for i in 0..<12 { try engine.execute(.set(path: "k\(i)", value: "v")) }
        let request = PageRequest(size: 5, index: page)
        #expect(engine.history.records(page: request).map(\.id) == ids)
        #expect(request.pageCount(total: engine.history.count) == 3)
    }

    @Test func pagingAppliesAfterFilteringAndOrdering() throws {
        let engine = engine()
        for i in 0..<10 {
            if i.isMultiple(of: 2) {
                try engine.execute(.set(path: "k\(i)", value: "v"))
            } else {
                _ = try? engine.execute(.delete(path: "none\(i)"))
            }
        }
        let page = engine.history.records(
            order: .oldestFirst, filter: HistoryFilter(failedOnly: true),
            page: PageRequest(size: 2, index: 1))
        #expect(page.map(\.id) == [6, 8])
    }

    @Test func pageRequestClampsItsArguments() {
        let request = PageRequest(size: 0, index: -3)
        #expect(request.size == 1)
        #expect(request.index == 0)
        #expect(PageRequest(size: 10, index: .max).range(total: 5).isEmpty)
        #expect(PageRequest(size: 3).pageCount(total: 0) == 0)
    }

    @Test func historyIsBoundedAndUndoStopsAtDroppedRecords() throws {
        let engine = engine(capacity: 3)
        for i in 0..<5 { try engine.execute(.set(path: "k\(i)", value: "v")) }
        #expect(engine.history.count == 3)
        #expect(engine.history.records(order: .oldestFirst).map(\.id) == [3, 4, 5])
        #expect(engine.history.capacity == 3)
        try engine.undo()
        try engine.undo()
        try engine.undo()
        expectError(.nothingToUndo) { try engine.undo() }
        #expect(dump(engine) == ["app:main:k0=v", "app:main:k1=v"])
    }

    @Test func droppingUndoneRecordsClearsRedo() throws {
        let engine = engine(capacity: 3)
        try engine.execute(.set(path: "a", value: "1"))
        try engine.undo()
        #expect(engine.canRedo)
        for i in 0..<3 { _ = try? engine.execute(.delete(path: "none\(i)")) }
        #expect(!engine.canRedo)
    }

    @Test func failedCommandsDoNotClearRedo() throws {
        let engine = engine()
        try engine.execute(.set(path: "a", value: "1"))
        try engine.undo()
        _ = try? engine.execute(.delete(path: "missing"))
        try engine.execute(.setCursor(.app, .root))
        #expect(engine.canRedo)
        try engine.redo()
        #expect(try engine.get("a") == "1")
    }

    @Test func clearHistoryDropsRecordsAndUndoButKeepsIDsIncreasing() throws {
        let engine = engine()
        try engine.execute(.set(path: "a", value: "1"))
        engine.clearHistory()
        #expect(engine.history.isEmpty)
        #expect(!engine.canUndo)
        let outcome = try engine.execute(.set(path: "b", value: "2"))
        #expect(outcome.recordID == 2)
        #expect(engine.history.lastCommand?.id == 2)
    }

    @Test func libraryCallsAreNotRecorded() throws {
        let engine = engine()
        try engine.set("a", "1")
        _ = try engine.get("a")
        try engine.delete("a")
        engine.cursor.namespace = .root
        #expect(engine.history.isEmpty)
    }

    @Test func isUndoneTracksTheRedoStack() throws {
        let engine = engine()
        try engine.execute(.set(path: "a", value: "1"))
        #expect(!engine.history.isUndone(1))
        #expect(engine.history.undoableCount == 1)
        try engine.undo()
        #expect(engine.history.isUndone(1))
        #expect(engine.history.redoableCount == 1)
        try engine.redo()
        #expect(!engine.history.isUndone(1))
    }

    @Test func steppingClockAdvancesPerReading() {
        let clock = SteppingEngineClock(start: Date(timeIntervalSince1970: 100), step: 2.5)
        #expect(clock.now().timeIntervalSince1970 == 100)
        #expect(clock.now().timeIntervalSince1970 == 102.5)
        #expect(clock.next.timeIntervalSince1970 == 105)
        let now = SystemEngineClock().now()
        #expect(now.timeIntervalSince1970 > 1_700_000_000)
    }

    @Test func filterMatchesSingleRecords() throws {
        let engine = engine()
        try engine.execute(.set(path: "a", value: "1"))
        let record = try #require(engine.history.lastCommand)
        #expect(HistoryFilter().matches(record))
        #expect(!HistoryFilter(failedOnly: true).matches(record))
        #expect(!HistoryFilter(kinds: [.delete]).matches(record))
        #expect(!HistoryFilter(sinceID: 1).matches(record))
        #expect(HistoryFilter(sinceID: 0).matches(record))
    }
}
