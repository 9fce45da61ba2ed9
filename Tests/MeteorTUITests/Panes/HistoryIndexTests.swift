import MeteorFormat
import MeteorKit
import Testing

@testable import MeteorTUI

@Suite struct HistoryIndexTests {
    func failing(_ engine: MeteorEngine) {
        _ = try? engine.execute(.delete(path: "nowhere:x:y"))
    }

    @Test func mapsRowsNewestFirstWithAndWithoutTheFilter() throws {
        let engine = MeteorEngine()
        let index = HistoryIndex()
        #expect(index.count(engine, failedOnly: false) == 0)
        #expect(index.recordID(atRow: 0, engine, failedOnly: true) == nil)
        try engine.execute(.set(path: "a:b:c", value: "1"))
        failing(engine)
        try engine.execute(.set(path: "a:b:d", value: "2"))
        failing(engine)
        #expect(index.count(engine, failedOnly: false) == 4)
        #expect(index.recordID(atRow: 0, engine, failedOnly: false) == 4)
        #expect(index.recordID(atRow: 3, engine, failedOnly: false) == 1)
        #expect(index.recordID(atRow: 4, engine, failedOnly: false) == nil)
        #expect(index.count(engine, failedOnly: true) == 2)
        #expect(index.recordID(atRow: 0, engine, failedOnly: true) == 4)
        #expect(index.recordID(atRow: 1, engine, failedOnly: true) == 2)
        #expect(index.row(of: 2, engine, failedOnly: true) == 1)
        #expect(index.row(of: 3, engine, failedOnly: true) == nil)
        #expect(index.row(of: 3, engine, failedOnly: false) == 1)
        // New records are picked up incrementally.
        failing(engine)
        #expect(index.count(engine, failedOnly: true) == 3)
        #expect(index.recordID(atRow: 0, engine, failedOnly: true) == 5)
    }

    @Test func followsDroppedRecordsAndAClearedHistory() throws {
        var limits = Limits.active
        limits.commandHistory = 3
        let engine = MeteorEngine(limits: limits)
        let index = HistoryIndex()
        failing(engine)
        failing(engine)
        #expect(index.count(engine, failedOnly: true) == 2)
        try engine.execute(.set(path: "a:b:c", value: "1"))
        try engine.execute(.set(path: "a:b:c", value: "2"))
        // #1 was dropped: the log holds #2 (failed), #3 and #4.
        #expect(index.count(engine, failedOnly: true) == 1)
        #expect(index.recordID(atRow: 0, engine, failedOnly: true) == 2)
        engine.clearHistory()
        #expect(index.count(engine, failedOnly: true) == 0)
        failing(engine)
        #expect(index.recordID(atRow: 0, engine, failedOnly: true) == 5)
    }

    @Test func aNewEngineStartsOver() throws {
        let index = HistoryIndex()
        let first = MeteorEngine()
        failing(first)
        failing(first)
        #expect(index.count(first, failedOnly: true) == 2)
        let second = MeteorEngine()
        failing(second)
        #expect(index.count(second, failedOnly: true) == 1)
    }
}
