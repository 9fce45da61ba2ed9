import Foundation
import Testing

/// The history, scratch and workspace panes in the real binary, driven through tmux.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PanesEndToEndTests {
    /// An `$EDITOR` that replaces the file with 70,000 `x`: more than the default profile's
    /// 64 KiB value limit, as when a user pastes a huge blob.
    func hugePasteEditor(in session: TmuxSession) throws -> String {
        let path = session.path("huge-paste.sh")
        let script = "#!/bin/sh\nhead -c 70000 /dev/zero | tr '\\\\0' x > \"$1\"\n"
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        _ = try session.shell("chmod +x '\(path)'")
        return path
    }

    @Test func historyShowsEditsAndARejectedEdit() throws {
        let (tmux, file) = try TmuxSession.withDocument("panes.meteor")
        try tmux.start(["tui", file], editor: try hugePasteEditor(in: tmux))
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "e", "C-u")
        try tmux.type("light")
        try tmux.send("Enter", "y")
        try tmux.waitFor("changed app:ui:theme")
        // The pasted value is too long: the engine refuses it and history records the failure.
        try tmux.send("E")
        try tmux.waitFor("Apply to app:ui:theme?")
        try tmux.send("y")
        // The status bar cuts the message with `…`; the message log has it whole.
        try tmux.waitFor("the value length of")
        try tmux.send("M")
        try tmux.waitFor("is 70000, over the default profile")
        try tmux.send("Escape")
        try tmux.send("H")
        var screen = try tmux.waitFor("History (2)")
        #expect(screen.contains("✗ #2"))
        #expect(screen.contains("set app:ui:theme — the value length"))
        #expect(screen.contains("✓ #1"))
        try tmux.send("x")
        screen = try tmux.waitFor("failed only (1 of 2)")
        #expect(!screen.contains("✓ #1"))
        try tmux.send("Enter")
        screen = try tmux.waitFor("outcome   failed: nothing was changed")
        #expect(screen.contains("(70,000 bytes)"))
        // Escape on its own: followed at once by a key, curses reads the pair as Alt-key.
        try tmux.send("Escape")
        try tmux.send("x", "j", "Enter")
        screen = try tmux.waitFor("changed app:ui:theme")
        #expect(screen.contains("- dark"))
        #expect(screen.contains("+ light"))
        try tmux.send("Escape")
        try tmux.send("q")
        try tmux.waitFor("Unsaved changes")
        try tmux.send("d")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func undoBackToAPointThenRedo() throws {
        let (tmux, file) = try TmuxSession.withDocument("panes.meteor")
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "e", "C-u")
        try tmux.type("light")
        try tmux.send("Enter", "y")
        try tmux.waitFor("changed app:ui:theme")
        try tmux.send("j", "e", "C-u")
        try tmux.type("serif")
        try tmux.send("Enter", "y")
        try tmux.waitFor("changed app:ui:font")
        try tmux.send("S", "a")
        try tmux.type("todo")
        try tmux.send("Enter")
        try tmux.type("check fonts")
        try tmux.send("Enter")
        try tmux.waitFor("saved note todo")
        try tmux.send("H", "End", "U")
        var screen = try tmux.waitFor("Undo 2 changes newer than #1:")
        #expect(screen.contains("#3 scratch set todo"))
        #expect(screen.contains("#2 set app:ui:font"))
        try tmux.send("y")
        screen = try tmux.waitFor("undid 2 changes, back to #1")
        #expect(screen.contains("↶ #3"))
        #expect(screen.contains("(no notes: a adds one)"))
        try tmux.send("w")
        try tmux.waitFor("saved panes.meteor")
        var saved = try tmux.contents(file)
        #expect(saved.contains("app:ui:theme=light"))
        #expect(saved.contains("app:ui:font=mono"))
        #expect(!saved.contains("todo"))
        try tmux.send("C-r")
        try tmux.waitFor("redid #2")
        try tmux.send("C-s")
        try tmux.waitFor("saved panes.meteor")
        saved = try tmux.contents(file)
        #expect(saved.contains("app:ui:font=serif"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func aScratchNoteSurvivesARestart() throws {
        let (tmux, file) = try TmuxSession.withDocument("panes.meteor")
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("S")
        try tmux.waitFor("(no notes: a adds one)")
        try tmux.send("a")
        try tmux.type("release.todo")
        try tmux.send("Enter")
        try tmux.type("tag v1.2 after the review")
        try tmux.send("Enter")
        try tmux.waitFor("saved note release.todo")
        try tmux.send("w")
        try tmux.waitFor("saved panes.meteor")
        let saved = try tmux.contents(file)
        #expect(saved.contains("# scratch\nrelease.todo="))
        #expect(!saved.contains("app:release.todo"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
        try tmux.tmux(["kill-server"])
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("S")
        let screen = try tmux.waitFor("tag v1.2 after the review")
        #expect(screen.contains("Scratch notes (1)"))
        #expect(screen.contains("release.todo"))
        // The note is not data: the tree and the entry count do not show it.
        #expect(screen.contains("3 entries"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func debugPaneFlagOpensTheWorkspacePane() throws {
        let (tmux, file) = try TmuxSession.withDocument("panes.meteor")
        try tmux.start(["tui", "--debug-pane", file])
        let screen = try tmux.waitFor("Workspace")
        #expect(screen.contains("entries"))
        #expect(screen.contains("generation"))
        try tmux.send("W")
        try tmux.waitFor("Tab switch pane")
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    /// Sends a left click at a 0-based cell, X10-encoded as `tmux-256color` reports it.
    func click(_ tmux: TmuxSession, column: Int, row: Int) throws {
        for button in [0, 3] {  // press, then release
            let bytes = [0x1B, 0x5B, 0x4D, 32 + button, 33 + column, 33 + row]
            try tmux.tmux(
                ["send-keys", "-t", "t", "-H"] + bytes.map { String($0, radix: 16) })
        }
        usleep(100_000)
    }

    @Test func aClickFocusesADrawerPaneAndSelectsTheRow() throws {
        let (tmux, file) = try TmuxSession.withDocument("panes.meteor")
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "d")
        try tmux.waitFor("Delete the key app:ui:theme?")
        try tmux.send("y")
        try tmux.waitFor("[+]")
        try tmux.send("S", "H", "Tab", "Tab")
        var screen = try tmux.waitFor("History (1)")
        #expect(screen.contains(" e edit value"))
        // The drawer starts under the tree; its first row is the newest record.
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("✓ #1") })
        try click(tmux, column: 4, row: row)
        screen = try tmux.waitFor("Enter inspect before/after")
        try tmux.send("Enter")
        screen = try tmux.waitFor("removed app:ui:theme")
        #expect(screen.contains("- dark"))
        try tmux.send("Escape")
        try tmux.send("u")
        try tmux.waitFor("undid #1")
        try tmux.send("q")
        try tmux.waitFor("Unsaved changes")
        try tmux.send("d")
        try tmux.waitFor("EXITED rc=0")
    }
}
