import Foundation
import Testing

@testable import MeteorTUI

/// The `:` field, its candidate list, and the output box, drawn into small buffers.
@Suite struct CommandLineWidgetTests {
    @Test func fieldShowsThePromptTextAndCursor() {
        var line = CommandLineState()
        line.editor = LineEditor("get app")
        var buffer = ScreenBuffer(size: Size(width: 20, height: 3))
        let cursor = CommandLineView(line: line, cursor: "app:main", nextKey: "Tab").render(
            in: Rect(x: 0, y: 2, width: 20, height: 1),
            screen: Rect(x: 0, y: 0, width: 20, height: 3), into: &buffer)
        #expect(buffer.lines == ["", "", ":get app"])
        #expect(buffer[0, 2].role == .hintKey)
        #expect(cursor?.column == 8)
        #expect(cursor?.row == 2)
    }

    @Test func aLongLineScrollsToKeepTheCursorVisible() {
        var line = CommandLineState()
        line.editor = LineEditor("set app:ui:title abcdefghij")
        var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
        let cursor = CommandLineView(line: line, cursor: "app:main", nextKey: "Tab").render(
            in: Rect(x: 0, y: 0, width: 12, height: 1),
            screen: Rect(x: 0, y: 0, width: 12, height: 1), into: &buffer)
        // The field keeps one cell free for the cursor after the last character.
        #expect(buffer.lines == [":bcdefghij"])
        #expect(cursor?.column == 10)
    }

    @Test func candidatesListAboveTheFieldWithTheSelectedOneHighlighted() {
        var line = CommandLineState()
        line.editor = LineEditor("get app:u")
        line.completion = CompletionCycle(
            candidates: ["app:ui:", "app:ui.widgets:"], selected: 1, wordStart: 4)
        var buffer = ScreenBuffer(size: Size(width: 40, height: 8))
        _ = CommandLineView(line: line, cursor: "app:main", nextKey: "Tab").render(
            in: Rect(x: 0, y: 7, width: 40, height: 1),
            screen: Rect(x: 0, y: 0, width: 40, height: 8), into: &buffer)
        #expect(
            buffer.lines == [
                "", "", "", "   ┌─ 2 matches · Tab next ─┐", "   │ app:ui:                │",
                "   │ app:ui.widgets:        │", "   └────────────────────────┘", ":get app:u",
            ])
        #expect(buffer[6, 5].role == .selection)
        #expect(buffer[6, 4].role == .text)
    }

    @Test func manyCandidatesScrollToTheSelectedOneAndCountTheRest() {
        var line = CommandLineState()
        line.completion = CompletionCycle(
            candidates: (0..<20).map { "c\($0)" }, selected: 9, wordStart: 0)
        var buffer = ScreenBuffer(size: Size(width: 40, height: 12))
        _ = CommandLineView(line: line, cursor: "app:main", nextKey: "Tab").render(
            in: Rect(x: 0, y: 11, width: 40, height: 1),
            screen: Rect(x: 0, y: 0, width: 40, height: 12), into: &buffer)
        #expect(buffer.lines[2].contains("c2"))
        #expect(buffer.lines[9].contains("c9"))
        #expect(buffer.lines[10].contains("+10 more"))
    }

    @Test func outputBoxColoursByToneAndShowsThePosition() {
        var output = CommandOutputState(
            command: "get x", lines: (1...10).map { "line \($0)" }, tone: .error)
        output.scrollTop = 2
        var state = AppState()
        state.size = Size(width: 60, height: 10)
        state.mode = .commandOutput(output)
        var buffer = ScreenBuffer(size: state.size)
        Overlays.textBox(state, keymap: .standard)?.render(size: state.size, into: &buffer)
        #expect(buffer.lines[1].hasPrefix("┌─ :get x ─"))
        #expect(buffer.lines[2] == "│ line 3" + String(repeating: " ", count: 51) + "│")
        #expect(buffer[2, 2].role == .error)
        #expect(buffer.lines[6].contains("lines 3–6 of 10"))
    }

    @Test func outputBoxWrapsLongLinesInsteadOfCuttingThem() {
        let json = "{" + (0..<12).map { "\"key\($0)\":\"value\($0)\"" }.joined(separator: ",") + "}"
        var state = AppState()
        state.size = Size(width: 80, height: 24)
        state.mode = .commandOutput(
            CommandOutputState(command: "get --format json x", lines: [json], tone: .output))
        var buffer = ScreenBuffer(size: state.size)
        Overlays.textBox(state, keymap: .standard)?.render(size: state.size, into: &buffer)
        let inside = buffer.lines[2..<8].map { String($0.dropFirst(2).dropLast()) }
        let shown = inside.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(shown.hasPrefix(json))
        #expect(buffer.lines[2].hasSuffix("│"))
    }

    @Test func theOutputBoxScrollsByLinesAndStopsAtAFullLastPage() throws {
        var state = AppState()
        state.size = Size(width: 40, height: 12)
        let long = String(repeating: "x", count: 70)
        let lines = (0..<100_000).map { "line \($0)" } + [long]
        state.mode = .commandOutput(
            CommandOutputState(command: "dump", lines: lines, tone: .output))
        let box = try #require(Overlays.textBox(state, keymap: .standard))
        // 6 rows a page: the long line takes 2, so the last page starts 5 lines from the end.
        #expect(TextBoxView.pageHeight(for: state.size) == 6)
        #expect(box.scrolled(.bottom, size: state.size) == lines.count - 5)
        #expect(box.scrolled(.pageDown, size: state.size) == 6)
        state.mode = .commandOutput(
            CommandOutputState(command: "dump", lines: lines, tone: .output)
                .scrolled(to: lines.count - 5))
        var buffer = ScreenBuffer(size: state.size)
        Overlays.textBox(state, keymap: .standard)?.render(size: state.size, into: &buffer)
        #expect(buffer.lines[2].hasPrefix("│ line 99996"))
        #expect(buffer.lines[7].hasPrefix("│ xxxx"))
        #expect(buffer.lines[8].contains("lines 99,997–100,001 of 100,001"))
    }
}

extension CommandOutputState {
    fileprivate func scrolled(to top: Int) -> CommandOutputState {
        var copy = self
        copy.scrollTop = top
        return copy
    }
}
