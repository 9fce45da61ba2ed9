import MeteorKit
import Testing

@testable import MeteorTUI

/// The history pane through the reducer: opening, the failed-only filter, inspecting a
/// record, and undoing back to a record.
@Suite struct HistoryPaneTests {
    typealias F = PaneFixtures

    @Test func hOpensTheDrawerNewestFirstAndFocusesIt() throws {
        let (app, _) = try F.app()
        app.step(F.key("H"))
        #expect(app.state.panes.open == [.history])
        #expect(app.state.focus == .history)
        let lines = F.screen(app)
        let first = try #require(lines.firstIndex { $0.contains("#5") })
        let last = try #require(lines.firstIndex { $0.contains("#1") })
        #expect(first < last)
        #expect(lines[first].contains("delete user:main:name"))
        #expect(lines.contains { $0.contains("✗ #4") && $0.contains("value length") })
        app.step(F.key("H"))
        #expect(app.state.panes.open.isEmpty)
        #expect(app.state.focus == .tree)
    }

    @Test func failureAndSuccessRowsUseTheirRoles() throws {
        let (app, _) = try F.app()
        app.step(F.key("H"))
        app.draw()
        let frame = try #require(app.backend.lastFrame)
        let failed = try #require(frame.lines.firstIndex { $0.contains("✗ #4") })
        let succeeded = try #require(frame.lines.firstIndex { $0.contains("✓ #3") })
        let failedColumn = try #require(frame.lines[failed].firstIndex(of: "✗"))
        let okColumn = try #require(frame.lines[succeeded].firstIndex(of: "✓"))
        let column = frame.lines[failed].distance(
            from: frame.lines[failed].startIndex, to: failedColumn)
        let okAt = frame.lines[succeeded].distance(
            from: frame.lines[succeeded].startIndex, to: okColumn)
        #expect(frame[column, failed].role == .error)
        #expect(frame[okAt, succeeded].role == .success)
    }

    @Test func xShowsOnlyFailedCommandsAndKeepsTheSelection() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), F.key("j")])
        #expect(app.reducer.selectedHistoryID(app.state) == 4)
        app.step(F.key("x"))
        #expect(app.state.panes.historyFailedOnly)
        #expect(app.reducer.selectedHistoryID(app.state) == 4)
        let lines = F.screen(app)
        #expect(lines.contains { $0.contains("History: failed only (1 of 5)") })
        #expect(!lines.contains { $0.contains("#3") })
        app.step(F.key("x"))
        #expect(!app.state.panes.historyFailedOnly)
        #expect(app.reducer.selectedHistoryID(app.state) == 4)
    }

    @Test func enterInspectsBeforeAndAfterInDiffStyle() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), .key(.end), .key(.enter)])
        guard case .historyDetail(let detail) = app.state.mode else {
            Issue.record("expected the detail view, got \(app.state.mode)")
            return
        }
        #expect(detail.recordID == 1)
        #expect(detail.lines.contains(StyledLine("changed app:ui:theme", .title)))
        #expect(detail.lines.contains(StyledLine("- dark", .diffRemoved)))
        #expect(detail.lines.contains(StyledLine("+ light", .diffAdded)))
        #expect(detail.lines.contains(StyledLine("time      2026-05-04 09:30:00")))
        app.step(.key(.escape))
        #expect(app.state.mode == .browse)
    }

    @Test func inspectingAFailureShowsTheErrorAndTheRejectedValue() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), F.key("j"), F.key("i")])
        guard case .historyDetail(let detail) = app.state.mode else {
            Issue.record("expected the detail view")
            return
        }
        #expect(
            detail.lines.contains { $0.text.hasPrefix("outcome   failed") && $0.role == .error })
        #expect(detail.lines.contains { $0.text.contains("limitExceeded") })
        #expect(
            detail.lines.contains {
                $0.text.hasPrefix("value     xxx") && $0.text.hasSuffix("(65,537 bytes)")
            })
    }

    @Test func inspectingANoteShowsItsScratchDiff() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), F.key("j"), F.key("j"), .key(.enter)])
        guard case .historyDetail(let detail) = app.state.mode else {
            Issue.record("expected the detail view")
            return
        }
        #expect(detail.lines.contains(StyledLine("added scratch note todo", .title)))
        #expect(detail.lines.contains(StyledLine("+ rename the widgets", .diffAdded)))
    }

    @Test func undoBackToHereAsksOnceThenUndoesEachStepThroughTheEngine() throws {
        let (app, document) = try F.app()
        let engine = document.engine
        // Select #2 (font → serif): #5 delete and #3 note are newer and applied; #4 failed.
        F.step(app, [F.key("H"), F.key("j"), F.key("j"), F.key("j"), F.key("U")])
        guard case .confirmHistoryJump(let jump) = app.state.mode else {
            Issue.record("expected the confirmation, got \(app.state.mode)")
            return
        }
        #expect(jump == HistoryJump(recordID: 2, direction: .undo, steps: [5, 3]))
        let dialog = F.screen(app).joined(separator: "\n")
        #expect(dialog.contains("Undo 2 changes newer than #2:"))
        #expect(dialog.contains("#5 delete user:main:name"))
        app.step(F.key("y"))
        #expect(app.state.mode == .browse)
        #expect(engine.get(try Address(parsing: "user:main:name")) == "こんにちは")
        #expect(!engine.scratch.has("todo"))
        #expect(engine.get(try Address(parsing: "app:ui:font")) == "serif")
        #expect(engine.history.redoableCount == 2)
        #expect(app.state.status?.text.hasPrefix("undid 2 changes, back to #2") == true)
        app.step(.key(.control("r")))
        #expect(engine.scratch.has("todo"))
    }

    @Test func jumpingToAnUndoneRecordRedoesUpToIt() throws {
        let (app, document) = try F.app()
        let engine = document.engine
        try engine.undo()
        try engine.undo()
        try engine.undo()
        // Undone now: #5, #3, #2. Select #3 (third row).
        F.step(app, [F.key("H"), F.key("j"), F.key("j"), F.key("U")])
        guard case .confirmHistoryJump(let jump) = app.state.mode else {
            Issue.record("expected the confirmation")
            return
        }
        #expect(jump == HistoryJump(recordID: 3, direction: .redo, steps: [2, 3]))
        app.step(.key(.enter))
        #expect(engine.scratch.has("todo"))
        #expect(engine.get(try Address(parsing: "app:ui:font")) == "serif")
        #expect(engine.get(try Address(parsing: "user:main:name")) == "こんにちは")
    }

    @Test func undoBackToTheNewestRecordHasNothingToDo() throws {
        let (app, _) = try F.app()
        F.step(app, [F.key("H"), F.key("U")])
        #expect(app.state.mode == .browse)
        #expect(app.state.status?.text == "nothing newer than #5 to undo")
    }

    @Test func declineKeepsEverything() throws {
        let (app, document) = try F.app()
        F.step(app, [F.key("H"), .key(.end), F.key("U"), F.key("n")])
        #expect(app.state.mode == .browse)
        #expect(document.engine.history.undoableCount == 4)
    }

    @Test func undoneRecordsAreMarked() throws {
        let (app, document) = try F.app()
        try document.engine.undo()
        app.step(F.key("H"))
        #expect(F.screen(app).contains { $0.contains("↶ #5") && $0.contains("(undone)") })
    }

    @Test func emptyHistorySaysSo() throws {
        let (app, _) = try F.app(recording: false)
        F.step(app, [F.key("H"), .key(.enter)])
        #expect(app.state.mode == .browse)
        #expect(F.screen(app).contains { $0.contains("(no commands yet: edits appear here)") })
    }

    @Test func movingScrollsTheSelectionIntoView() throws {
        let (app, document) = try F.app(recording: false)
        for index in 0..<40 {
            try document.engine.execute(.set(path: "app:ui:n\(index)", value: "\(index)"))
        }
        F.step(app, [F.key("H"), .key(.pageDown), .key(.pageDown)])
        let height = app.reducer.paneHeight(.history, app.state)
        #expect(app.state.panes.history.selected == 2 * height)
        #expect(app.state.panes.history.scrollTop > 0)
        #expect(F.screen(app).contains { $0.contains("#\(40 - 2 * height) ") })
        app.step(.key(.end))
        #expect(app.state.panes.history.selected == 39)
    }
}
