import MeteorFormat
import Testing

@testable import MeteorTUI

@Suite struct WidgetTests {
    @Test func treeViewDrawsMarkersCountsAndSelection() throws {
        let source = try ArrayTreeSource(["app:ui:theme=dark", "app:ui:font=mono", "user:main:x=1"])
        let cache = TreeCache(source: source)
        var state = BrowserState()
        state.expanded = [.context(.app)]
        var buffer = ScreenBuffer(size: Size(width: 20, height: 4))
        TreeView(rows: cache.visibleRows(for: state), state: state, focused: true)
            .render(in: Rect(x: 0, y: 0, width: 20, height: 4), into: &buffer)
        #expect(buffer.lines == ["▾ app", "  ▸ ui (2)", "▸ user (1)", ""])
        #expect(buffer[0, 0].role == .selection)
    }

    @Test func valueViewShowsAddressFlatFormAndNumberedLines() throws {
        var buffer = ScreenBuffer(size: Size(width: 24, height: 6))
        let address = try Address(parsing: "app:ui:list[0]")
        ValueView(address: address, value: "one\ntwo\tx", options: ValuePaneState())
            .render(in: Rect(x: 0, y: 0, width: 24, height: 6), into: &buffer)
        #expect(
            buffer.lines == [
                "app:ui:list[0]", "flat: list__i_0", String(repeating: "─", count: 24), "1 one",
                "2 two␉x", "",
            ])
    }

    @Test func valueViewClipsWithMarkerOrWraps() throws {
        let address = try Address(parsing: "app:ui:k")
        var options = ValuePaneState()
        options.showsLineNumbers = false
        var clipped = ScreenBuffer(size: Size(width: 8, height: 3))
        ValueView(address: address, value: "abcdefghij", options: options)
            .render(in: Rect(x: 0, y: 0, width: 8, height: 3), into: &clipped)
        #expect(clipped.lines[2] == "abcdefg›")
        options.wraps = true
        var wrapped = ScreenBuffer(size: Size(width: 8, height: 4))
        ValueView(address: address, value: "abcdefghij", options: options)
            .render(in: Rect(x: 0, y: 0, width: 8, height: 4), into: &wrapped)
        #expect(wrapped.lines[2...] == ["abcdefgh", "ij"])
    }

    @Test func wrapCountsWideCharactersAsTwoColumns() {
        #expect(ValueView.wrap("漢字漢字", width: 5).map(String.init) == ["漢字", "漢字"])
    }

    @Test func hintBarComesFromTheKeymap() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        HintBar(hints: Keymap.choices(Keymap.standard.hints(for: .tree))).render(
            in: Rect(x: 0, y: 0, width: 40, height: 1), into: &buffer)
        #expect(buffer.lines[0].hasPrefix(" Tab switch pane  e edit value"))
    }

    @Test func helpFilterMatchesKeysAndText() {
        let matches = HelpOverlay.rows(Keymap.standard.bindings, filter: "undo")
        #expect(matches.first?.keys == "u")
        let down = HelpOverlay.rows(Keymap.standard.bindings, filter: "move down")
        #expect(down == [HelpOverlay.Row(keys: "j / ↓", help: "move down")])
    }

    @Test func keymapResolvesChordsAndPending() {
        let keymap = Keymap.standard
        #expect(keymap.resolve([.character("g")], in: .browse) == .pending)
        #expect(
            keymap.resolve([.character("g"), .character("g")], in: .browse) == .action(.move(.top)))
        #expect(keymap.resolve([.character("!")], in: .browse) == .unbound)
        #expect(keymap.resolve([.control("s")], in: .browse) == .action(.save))
    }
}
