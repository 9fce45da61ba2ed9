import MeteorFormat
import Testing

@testable import MeteorTUI

/// Highlighting and the search line, drawn into buffers.
@Suite struct SearchWidgetTests {
    @Test func treeViewHighlightsEveryMatchInKeyLabels() throws {
        let source = try ArrayTreeSource(["app:ui:theme=dark", "app:ui:them_the=x"])
        let cache = TreeCache(source: source)
        var state = BrowserState()
        state.expanded = [.context(.app), .folder(.app, "ui")]
        state.selectedRow = 0
        var buffer = ScreenBuffer(size: Size(width: 20, height: 4))
        TreeView(
            rows: cache.visibleRows(for: state), state: state, focused: true,
            highlight: TextNeedle("the")
        )
        .render(in: Rect(x: 0, y: 0, width: 20, height: 4), into: &buffer)
        #expect(buffer.lines == ["▾ app", "  ▾ ui", "      theme", "      them_the"])
        let roles = (0..<20).map { buffer[$0, 2].role }
        #expect(roles[6..<9].allSatisfy { $0 == .match })
        #expect(roles[9] == .key)
        let second = (0..<20).map { buffer[$0, 3].role }
        #expect(second[6..<9].allSatisfy { $0 == .match })
        #expect(second[9..<11].allSatisfy { $0 == .key })
        #expect(second[11..<14].allSatisfy { $0 == .match })
    }

    @Test func matchPainterMapsBytesToWideCells() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.write("日本x", column: 1, row: 0)
        // 本 is bytes 3..<6 and cells 3 and 4.
        MatchPainter.paint(
            { $0.overlaps(3..<6) }, in: "日本x", column: 1, row: 0, maxX: 10, into: &buffer)
        #expect(
            (0..<7).map { buffer[$0, 0].role } == [
                .text, .text, .text, .match, .match, .text, .text,
            ])
    }

    @Test func searchLineShowsThePromptTheModeAndAMiss() {
        var field = SearchField(direction: .backward, origin: BrowserState(), originValueScroll: 0)
        field.editor = LineEditor("abc")
        field.found = false
        field.inValues = true
        var buffer = ScreenBuffer(size: Size(width: 60, height: 1))
        let cursor = SearchLine(field: field, keymap: .standard).render(
            in: Rect(x: 0, y: 0, width: 60, height: 1), into: &buffer)
        #expect(buffer.lines[0].hasPrefix("?abc"))
        #expect(buffer.lines[0].hasSuffix("not found  [values] Tab: keys  Enter  Esc"))
        #expect(cursor?.column == 4)
        #expect(buffer[0, 0].role == .hintKey)
        #expect(buffer[21, 0].role == .error)
    }
}
