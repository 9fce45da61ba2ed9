import MeteorKit
import Testing

@testable import MeteorTUI

extension ReducerActionTests {
    /// The comparison shown, if any.
    static func comparison(_ state: AppState) -> CompareState? {
        if case .compare(let compare) = state.mode { return compare }
        return nil
    }

    static func compareRow(_ outcome: Outcome, _ row: Int) {
        #expect(comparison(outcome.after)?.selectedRow == row)
        #expect(outcome.engine.history.isEmpty)
        #expect(outcome.effects.isEmpty)
    }

    static let userTheme = address("user:ui:theme")

    /// One expectation per compare-scope action (rows: theme ≠, font =, list[0] ◀, extra ▶).
    static let compare: [Action: Expectation] = [
        .move(.down): Expectation(start: .compare) { compareRow($0, 1) },
        .move(.up): Expectation(start: .compare, then: [.character("G")]) { compareRow($0, 2) },
        .move(.pageDown): Expectation(start: .compare) { compareRow($0, 3) },
        .move(.pageUp): Expectation(start: .compare, then: [.character("G")]) {
            compareRow($0, 0)
        },
        .move(.top): Expectation(start: .compare, then: [.character("G")]) { compareRow($0, 0) },
        .move(.bottom): Expectation(start: .compare) { compareRow($0, 3) },
        .nextDifference(forward: true): Expectation(start: .compare) {
            // Past `font`, whose sides agree.
            compareRow($0, 2)
        },
        .nextDifference(forward: false): Expectation(start: .compare, then: [.character("j")]) {
            compareRow($0, 0)
        },
        .copyAcross(.leftToRight): Expectation(start: .compare) {
            #expect($0.engine.get(userTheme) == "dark")
            #expect($0.engine.get(theme) == "dark")
            #expect($0.engine.history.lastCommand?.kind == .setAddress)
            #expect(comparison($0.after)?.tally[.same] == 2)
            #expect(comparison($0.after)?.tally[.different] == 0)
            #expect($0.after.status?.text == "copied to user:ui:theme — u undoes")
        },
        .copyAcross(.rightToLeft): Expectation(start: .compare) {
            #expect($0.engine.get(theme) == "light")
            #expect($0.engine.get(userTheme) == "light")
            #expect(comparison($0.after)?.tally[.same] == 2)
        },
        .undo: Expectation(start: .compare, then: [.character(">")]) {
            #expect($0.engine.get(userTheme) == "light")
            #expect(
                comparison($0.after)?.tally == [
                    .different: 1, .same: 1, .onlyLeft: 1, .onlyRight: 1,
                ])
            #expect(comparison($0.after)?.selectedRow == 0)
        },
        .redo: Expectation(start: .compare, then: [.character(">"), .character("u")]) {
            #expect($0.engine.get(userTheme) == "dark")
            #expect(comparison($0.after)?.tally[.same] == 2)
        },
        .cancel: Expectation(start: .compare) {
            #expect($0.after.mode == .browse)
            #expect($0.after.browser == $0.before.browser)
            #expect($0.engine.history.isEmpty)
        },
    ]

    /// The newest history record's id (the failed set of the `history` start).
    static func newestID(_ outcome: Outcome) -> Int { outcome.engine.history.lastCommand?.id ?? -1 }

    /// One expectation per history-scope action (rows, newest first: the failed set, `font`,
    /// `theme`).
    static let history: [Action: Expectation] = [
        .history(.inspect): Expectation(start: .history, then: [.character("j"), .character("j")]) {
            guard case .historyDetail(let detail) = $0.after.mode else {
                Issue.record("no detail: \($0.after.mode)")
                return
            }
            #expect(detail.recordID == newestID($0) - 2)
            #expect(detail.lines.contains { $0.text.contains("light") })
            #expect(detail.lines.contains { $0.text.contains("dark") })
        },
        .history(.toggleFailedOnly): Expectation(start: .history) {
            #expect($0.after.panes.historyFailedOnly)
            #expect($0.reducer.selectedHistoryID($0.after) == newestID($0))
            #expect($0.reducer.paneRowCount(.history, $0.after) == 1)
            #expect($0.after.status?.text == "showing failed commands only — x shows all")
        },
        .history(.jumpHere): Expectation(start: .history, then: [.character("j"), .character("j")])
        {
            let theme = newestID($0) - 2
            #expect(
                $0.after.mode
                    == .confirmHistoryJump(
                        HistoryJump(recordID: theme, direction: .undo, steps: [theme + 1])))
            // Nothing is undone before the answer.
            #expect($0.engine.get(address("app:ui:font")) == "serif")
        },
        .leavePane: Expectation(start: .history) {
            #expect($0.after.focus == .tree)
            #expect($0.after.panes.open == [.history])
        },
    ]

    /// One expectation per scratch-scope action.
    static let scratch: [Action: Expectation] = [
        .scratch(.add): Expectation(start: .scratch) {
            #expect($0.after.mode == .editingScratch(ScratchEdit()))
        },
        .scratch(.edit): Expectation(start: .scratch) {
            #expect($0.after.mode == .editingScratch(ScratchEdit(name: "todo", text: "buy milk")))
            #expect($0.effects.isEmpty)
        },
        .scratch(.editExternal): Expectation(start: .scratch) {
            #expect($0.effects == [.editScratchExternally(name: "todo", value: "buy milk")])
            #expect($0.after.mode == .browse)
        },
        .scratch(.delete): Expectation(start: .scratch) {
            #expect($0.after.mode == .confirmScratchDelete(name: "todo"))
            #expect($0.engine.scratch.get("todo") == "buy milk")
        },
        .leavePane: Expectation(start: .scratch) {
            #expect($0.after.focus == .tree)
            #expect($0.after.panes.open == [.scratch])
        },
    ]

    /// One expectation per workspace-scope action.
    static let workspace: [Action: Expectation] = [
        .leavePane: Expectation(start: .workspace) {
            #expect($0.after.focus == .tree)
            #expect($0.after.panes.open == [.workspace])
        }
    ]

    @Test func theWorkspacePaneNeedsADebugBuildOrTheFlag() throws {
        let (app, _) = try Fixtures.app()
        app.state.panes.isWorkspaceEnabled = false
        app.step(.key(.character("W")))
        #expect(app.state.panes.open.isEmpty)
        #expect(app.state.status?.isError == true)
    }
}
