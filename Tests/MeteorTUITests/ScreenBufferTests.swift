import Testing

@testable import MeteorTUI

@Suite struct ScreenBufferTests {
    @Test func writesASCIIAndClipsToMaxWidth() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        let used = buffer.write("hello world", column: 2, row: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(buffer.lines == ["  hello", ""])
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 1))
        let used = buffer.write("漢字ok", column: 0, row: 0)
        #expect(used == 6)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer.lines == ["漢字ok"])
    }

    @Test func wideCharacterCrossingTheEdgeBecomesASpace() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        let used = buffer.write("ab漢字", column: 0, row: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(buffer.lines == ["ab漢"])
        var narrow = ScreenBuffer(size: Size(width: 5, height: 1))
        #expect(narrow.write("a漢", column: 0, row: 0, maxWidth: 2) == 2)
        #expect(narrow.lines == ["a"])
    }

    @Test func emojiAndCombiningMarksKeepColumns() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.write("🚀e\u{301}x", column: 0, row: 0)
        #expect(buffer[0, 0].grapheme == "🚀")
        #expect(buffer[2, 0].grapheme == "e\u{301}")
        #expect(buffer[3, 0].grapheme == "x")
    }

    @Test func aZeroWidthJoinerSequenceLeavesNoStaleCells() {
        // The app thought 👨‍👩‍👧‍👦 took 2 cells; terminals draw 2 or 8, so later frames left
        // stale cells or drew over their neighbours. It is one replacement mark now.
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        let used = buffer.write("a👨‍👩‍👧‍👦b", column: 0, row: 0)
        #expect(used == 3)
        #expect(buffer.lines == ["a\u{FFFD}b"])
        #expect(buffer[1, 0].width == 1)
    }

    @Test func bidiControlsAreVisible() {
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        #expect(buffer.write("ab\u{202E}cd", column: 0, row: 0) == 12)
        #expect(buffer.lines == ["ab<U+202E>cd"])
    }

    @Test func theTerminalsWidthsPlaceTheText() {
        let layout = CellLayout(table: TableDouble(widths: [0x2605: 2]))
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1), layout: layout)
        #expect(buffer.write("★x", column: 0, row: 0) == 3)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].grapheme == "x")
    }

    @Test func controlCharactersAreVisible() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.write("a\tb\nc", column: 0, row: 0)
        #expect(buffer.lines == ["a␉b␊c"])
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
        #expect(buffer.write("x", column: 5, row: 0) == 0)
        #expect(buffer.write("x", column: 0, row: 3) == 0)
        // Columns left of the buffer are consumed but not drawn.
        #expect(buffer.write("abcdef", column: -2, row: 0) == 5)
        #expect(buffer.lines == ["cde"])
    }

    @Test func changesReportOnlyDifferingRuns() {
        var before = ScreenBuffer(size: Size(width: 10, height: 2))
        before.write("hello", column: 0, row: 0)
        var after = before
        after.write("J", column: 0, row: 0)
        after.write("zz", column: 5, row: 1)
        let runs = after.changes(since: before)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs.map(\.columns) == [0..<1, 5..<7])
        #expect(after.changes(since: after).isEmpty)
        #expect(after.changes(since: nil).count == 2)
    }

    @Test func changeRunNeverStartsInsideAWideCharacter() {
        var before = ScreenBuffer(size: Size(width: 6, height: 1))
        before.write("漢x", column: 0, row: 0)
        var after = before
        after[1, 0] = Cell("", role: .selection, width: 0)
        #expect(after.changes(since: before).first?.columns == 0..<2)
    }

    @Test func fillAndPaint() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: "#", role: .border)
        buffer.paint(Rect(x: 0, y: 1, width: 4, height: 1), role: .selection)
        #expect(buffer.lines == [" ##", " ##"])
        #expect(buffer[0, 1].role == .selection)
        #expect(buffer[0, 0].role == .text)
    }
}
