import Foundation
import Testing

/// `meteor repl` and `meteor tui` at a real terminal (tmux): Ctrl-C clears the REPL's line,
/// a killed REPL's edits come back at the next start, and a journal left by a save killed
/// right after its rename is not offered.
@Suite(.serialized) struct ReplEndToEndTests {
    @Test func ctrlCClearsTheLineAndTheNextReplRecoversAKilledOne() throws {
        guard TmuxSession.isAvailable else { return }
        let first = try TmuxSession()
        let store = first.path("repl.meteor")
        try first.start(["repl", "--store", store])
        try first.waitFor("app:main>")
        try first.type("set app:t:k v")
        try first.send("Enter")
        try first.waitFor("app:t:k=v")
        try first.type("set app:t:never typed-then-interrupted")
        try first.send("C-c")
        try first.type("get app:t:k")
        try first.send("Enter")
        let screen = try first.waitFor("\nv\n")
        #expect(!screen.contains("EXITED"))
        #expect(!screen.contains("app:t:never="))
        try first.kill(matching: "meteor repl --store \(store)")
        try first.waitFor("EXITED rc=137")

        let second = try TmuxSession()
        try second.start(["repl", "--store", store])
        try second.waitFor("recover 1 unsaved change from the last session? [y/N]")
        try second.type("y")
        try second.send("Enter")
        try second.waitFor("recovered and saved 1 change")
        try second.type("exit")
        try second.send("Enter")
        try second.waitFor("EXITED rc=0")
        let text = try String(contentsOfFile: store, encoding: .utf8)
        #expect(text.contains("app:t:k=v\n"))
        #expect(!FileManager.default.fileExists(atPath: store + ".journal"))
    }

    /// A journal whose edits were saved is not offered at the next start.
    ///
    /// `strace -f -P STORE.journal -e inject=unlink:signal=SIGKILL:when=2 meteor tui STORE`,
    /// an edit, `w`: the save's rename happened, the journal's removal killed the TUI.
    @Test func aJournalWhoseEditsWereSavedIsNotOffered() throws {
        guard TmuxSession.isAvailable,
            FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")
        else {
            print("skipped: tmux or strace is not installed")
            return
        }
        let (tmux, file) = try TmuxSession.withDocument("stale.meteor")
        try tmux.start(
            ["tui", file],
            wrapper: [
                "/usr/bin/strace", "-f", "-o", "/dev/null", "-P", file + ".journal", "-e",
                "inject=unlink:signal=SIGKILL:when=2",
            ])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "e", "C-u")
        try tmux.type("saved-then-killed")
        try tmux.send("Enter", "y")
        try tmux.waitFor("[+]")
        try tmux.send("w")
        try tmux.waitFor("EXITED")
        #expect(try tmux.contents(file).contains("app:ui:theme=saved-then-killed"))
        #expect(FileManager.default.fileExists(atPath: file + ".journal"))
        try tmux.tmux(["kill-server"])
        try tmux.start(["tui", file])
        let screen = try tmux.waitFor("▾ app")
        #expect(!screen.contains("Recover unsaved changes?"))
        #expect(!FileManager.default.fileExists(atPath: file + ".journal"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }
}
