import MeteorKit
import Testing

@testable import MeteorTUI

/// Opening several drawer panes: layout, Tab, Esc, the hint bar, help, and the mouse.
@Suite struct PaneFocusTests {
    typealias F = PaneFixtures

    @Test func panesShareTheDrawerInAFixedOrder() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("W"), F.key("H"), F.key("S")])
        #expect(app.state.panes.open == [.history, .scratch, .workspace])
        let regions = Screen.layout(app.state)
        let history = try #require(regions.drawer[.history])
        let scratch = try #require(regions.drawer[.scratch])
        let workspace = try #require(regions.drawer[.workspace])
        #expect(history.maxX == scratch.x)
        #expect(scratch.maxX == workspace.x)
        #expect(history.y == regions.tree.maxY)
        #expect(workspace.maxX == 80)
        #expect(regions.tree.height + history.height == 22)
    }

    @Test func tabCyclesOverVisiblePanes() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), F.key("S")])
        var seen: [Pane] = [app.state.focus]
        for _ in 0..<4 {
            app.step(.key(.tab))
            seen.append(app.state.focus)
        }
        #expect(seen == [.scratch, .tree, .value, .history, .scratch])
    }

    @Test func escapeLeavesAPaneOpenAndClosingMovesFocusBack() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), .key(.escape)])
        #expect(app.state.focus == .tree)
        #expect(app.state.panes.isOpen(.history))
        F.step(app, [F.key("H")])
        #expect(!app.state.panes.isOpen(.history))
    }

    @Test func hintBarShowsTheFocusedPanesKeys() throws {
        let (app, _) = try F.app()
        app.step(F.key("H"))
        let history = F.screen(app)[22]
        #expect(history.contains("Enter inspect before/after"))
        #expect(history.contains("x only failed commands"))
        app.step(F.key("S"))
        let scratch = F.screen(app)[22]
        #expect(scratch.contains("a new note"))
        app.step(.key(.escape))
        #expect(F.screen(app)[22].contains("e edit value"))
    }

    @Test func helpListsPaneKeys() throws {
        let rows = HelpOverlay.rows(Keymap.standard.bindings, filter: "history")
        #expect(rows.contains(HelpOverlay.Row(keys: "H", help: "history pane")))
        #expect(
            rows.contains(HelpOverlay.Row(keys: "Enter / i", help: "history: inspect before/after"))
        )
        #expect(rows.contains(HelpOverlay.Row(keys: "U", help: "history: undo back to here")))
    }

    @Test func paneKeysWinOnlyInTheirPane() {
        let keymap = Keymap.standard
        #expect(keymap.resolve([.character("d")], focus: .scratch) == .action(.scratch(.delete)))
        #expect(keymap.resolve([.character("d")], focus: .tree) == .action(.delete))
        #expect(keymap.resolve([.character("j")], focus: .history) == .action(.move(.down)))
        #expect(keymap.resolve([.character("g")], focus: .history) == .pending)
        #expect(keymap.resolve([.character("x")], focus: .tree) == .unbound)
    }

    @Test func workspacePaneNeedsDebugOrTheFlag() throws {
        let (app, _) = try F.app()
        var state = app.state
        state.panes.isWorkspaceEnabled = false
        _ = app.reducer.perform(.togglePane(.workspace), state: &state)
        #expect(state.panes.open.isEmpty)
        #expect(state.status?.text.contains("--debug-pane") == true)
    }

    @Test func clickSelectsARowAndFocusesThePane() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), F.key("S"), .key(.tab)])
        #expect(app.state.focus == .tree)
        let history = try #require(Screen.layout(app.state).drawer[.history])
        app.step(.mouse(MouseEvent(.leftClick, column: history.x + 3, row: history.y + 3)))
        #expect(app.state.focus == .history)
        #expect(app.state.panes.history.selected == 2)
        #expect(app.reducer.selectedHistoryID(app.state) == 3)
        app.step(.mouse(MouseEvent(.doubleClick, column: history.x + 3, row: history.y + 1)))
        guard case .historyDetail(let detail) = app.state.mode else {
            Issue.record("a double click inspects")
            return
        }
        #expect(detail.recordID == 5)
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        let (app, document) = try F.app(recording: false)
        for index in 0..<30 {
            try document.engine.execute(.scratchSet(name: "n\(index)", value: "\(index)"))
        }
        F.step(app, [F.key("S"), .key(.tab)])
        let scratch = try #require(Screen.layout(app.state).drawer[.scratch])
        app.step(.mouse(MouseEvent(.scrollDown, column: scratch.x + 2, row: scratch.y + 2)))
        #expect(app.state.panes.scratch.scrollTop == 3)
        #expect(app.state.focus == .tree)
        #expect(F.screen(app).contains { $0.contains("n3 ") })
        app.step(.mouse(MouseEvent(.scrollUp, column: scratch.x + 2, row: scratch.y + 2)))
        #expect(app.state.panes.scratch.scrollTop == 0)
    }

    @Test func treeClicksStillWorkWithTheDrawerOpen() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H")])
        app.step(.mouse(MouseEvent(.leftClick, column: 3, row: 2)))
        #expect(app.state.focus == .tree)
        #expect(app.state.browser.selectedRow == 1)
    }
}
