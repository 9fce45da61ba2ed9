import Foundation
import MeteorKit
import Testing

@testable import MeteorTUI

/// The drawer widgets drawn into small buffers.
@Suite struct PaneWidgetTests {
    @Test func historyPaneDrawsOnlyVisibleRows() throws {
        let engine = try PaneFixtures.engine()
        try PaneFixtures.record(engine)
        var cursor = ListCursor()
        cursor.select(1, count: 5, height: 3)
        var buffer = ScreenBuffer(size: Size(width: 60, height: 3))
        HistoryPane(
            engine: engine, index: HistoryIndex(), cursor: cursor, failedOnly: false,
            zone: TimeZone.gmt, focused: true
        ).render(in: Rect(x: 0, y: 0, width: 60, height: 3), into: &buffer)
        #expect(
            buffer.lines == [
                "✓ #5 09:30:28 delete user:main:name",
                "✗ #4 09:30:21 set app:ui:banner — the value length of `app:u",
                "✓ #3 09:30:14 scratch set todo",
            ])
        #expect(buffer[0, 1].role == .selection)
        #expect(buffer[0, 0].role == .success)
    }

    @Test func scratchPaneShowsNamesFirstLinesAndLineCounts() throws {
        let engine = MeteorEngine()
        try engine.execute(.scratchSet(name: "a", value: "one\ntwo\nthree"))
        try engine.execute(.scratchSet(name: "longer.name", value: ""))
        var buffer = ScreenBuffer(size: Size(width: 40, height: 3))
        ScratchPane(slots: engine.scratch, cursor: ListCursor(), focused: false)
            .render(in: Rect(x: 0, y: 0, width: 40, height: 3), into: &buffer)
        #expect(buffer.lines == ["a           one (+2 lines)", "longer.name (empty)", ""])
        #expect(buffer[0, 0].role == .inactiveSelection)
    }

    @Test func workspacePaneReadsTheEngineEveryTime() throws {
        let engine = MeteorEngine()
        func value(_ label: String) -> String? {
            WorkspacePane.rows(engine).first { $0.label == label }?.value
        }
        #expect(value("entries") == "0")
        #expect(value("scratch slots") == "0")
        try engine.execute(.set(path: "a:b:c", value: "1"))
        try engine.execute(.scratchSet(name: "n", value: "x"))
        #expect(value("entries") == "1")
        #expect(value("scratch slots") == "1")
        #expect(value("history") == "2 records, 2 undoable, 0 redoable")
        #if DEBUG
            #expect(value("namespaces") == "1")
            #expect(value("ordered keys") == "1")
        #endif
    }

    @Test func clockTextIsLocaleFree() throws {
        let date = Date(timeIntervalSince1970: 1_777_887_000)
        let utc = TimeZone.gmt
        #expect(ClockText.dateTime(date, in: utc) == "2026-05-04 09:30:00")
        let tokyo = try #require(TimeZone(secondsFromGMT: 9 * 3600))
        #expect(ClockText.dateTime(date, in: tokyo) == "2026-05-04 18:30:00")
        let early = Date(timeIntervalSince1970: -1)
        #expect(ClockText.dateTime(early, in: utc) == "1969-12-31 23:59:59")
        #expect(ClockText.time(Date(timeIntervalSince1970: 951_782_400), in: utc) == "00:00:00")
        #expect(
            ClockText.dateTime(Date(timeIntervalSince1970: 951_782_400), in: utc)
                == "2000-02-29 00:00:00")
    }
}
