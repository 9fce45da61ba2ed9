import Foundation
import MeteorCLI
import Testing

/// The cursor and the history outlive one `meteor` process (docs/decisions/0006): golden
/// transcripts of the built binary, each command a separate process.
@Suite struct PersistedStateTests {
    @Test func cursorPersistsAcrossInvocations() throws {
        let work = try Workspace()
        try work.run("cursor")
        try work.run("cursor", "app:ui")
        try work.run("cursor")
        try work.run("parse", "theme=dark")
        try work.run("get", "app:ui:theme")
        try work.run("repl", "--batch", stdin: "cursor\nparse 'size=large'\ncursor user:prefs\n")
        try work.run("cursor")
        try work.run("reset", "cursor")
        try work.run("cursor")
        assertSnapshot(work.transcript, named: "state-cursor")
    }

    @Test func undoAndRedoAcrossInvocations() throws {
        let work = try Workspace()
        try work.run("parse", "a=1; b=2; c=3")
        try work.run("delete", "app:main:b")
        try work.run("set", "app:main:a", "changed")
        try work.run("undo")
        try work.run("undo")
        try work.run("dump")
        try work.run("redo")
        try work.run("dump")
        try work.run("undo")
        try work.run("undo")
        try work.run("undo")
        assertSnapshot(work.transcript, named: "state-undo")
        #expect(try work.run("dump").stdout == "# meteor v1\n")
    }

    @Test func historyListsEarlierInvocationsAndFailures() throws {
        let work = try Workspace()
        try work.run("set", "app:ui:theme", "dark")
        try work.run("set", "app:Bad Name:k", "v")
        try work.run("cursor", "app:ui")
        try work.run("repl", "--batch", "--keep-going", stdin: "set app:ui:size big\nundo\n")
        try work.run("history")
        try work.run("history", "--failed", "--format", "json")
        assertSnapshot(work.transcript, named: "state-history")
    }

    @Test func brokenOrForeignStateFilesCostOnlyTheHistory() throws {
        let work = try Workspace()
        let state = work.store + ".state"
        try work.run("set", "app:ui:theme", "dark")
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: state))
        try work.run("get", "app:ui:theme")
        try work.run("undo")
        try work.run("set", "app:ui:size", "big")
        try work.run("history")
        // Another program (an editor, the TUI) changes the document: the history no longer
        // fits it, so it is dropped once, with a note; the cursor stays.
        try work.run("cursor", "app:ui")
        let edited = try work.storeText() + "app:ui:extra=1\n"
        try Data(edited.utf8).write(to: URL(fileURLWithPath: work.store))
        try work.run("undo")
        try work.run("undo")
        try work.run("cursor")
        try Data(#"{"format":"meteor-state","version":9}"#.utf8).write(
            to: URL(fileURLWithPath: state))
        try work.run("dump")
        assertSnapshot(work.transcript, named: "state-broken")
    }

    @Test func replNotesAJournalWithoutATerminalAndLeavesIt() throws {
        let work = try Workspace()
        try work.run("set", "app:ui:theme", "dark")
        try JournalFixture.leaveUnsavedChanges(in: work.store)
        try work.run("repl", stdin: "get app:ui:theme\n")
        try work.run("repl", "--batch", stdin: "get app:ui:theme\n")
        assertSnapshot(work.transcript, named: "state-repl-journal")
        #expect(FileManager.default.fileExists(atPath: work.store + ".journal"))
    }
}
