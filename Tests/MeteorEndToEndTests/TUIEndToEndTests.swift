import Foundation
import Testing

/// The real binary in a real terminal: tmux types, `capture-pane` reads.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TUIEndToEndTests {
    @Test func opensNavigatesAndQuits() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "j")
        let screen = try tmux.waitFor("app:ui:font")
        #expect(screen.contains("1 mono"))
        #expect(screen.contains("notes.meteor"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func editsSavesAndUndoes() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "e", "C-u")
        try tmux.type("light")
        try tmux.send("Enter")
        try tmux.waitFor("+ light")
        try tmux.send("y")
        try tmux.waitFor("[+]")
        try tmux.send("w")
        try tmux.waitFor("saved notes.meteor")
        #expect(try tmux.contents(file).contains("app:ui:theme=light"))
        try tmux.send("u")
        try tmux.waitFor("undid")
        try tmux.waitFor("1 dark")
        try tmux.send("C-s")
        try tmux.waitFor("saved notes.meteor")
        #expect(try tmux.contents(file).contains("app:ui:theme=dark"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func quitWithUnsavedChangesAsks() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "d")
        try tmux.waitFor("Delete the key app:ui:theme?")
        try tmux.send("y")
        try tmux.waitFor("[+]")
        try tmux.send("q")
        try tmux.waitFor("Unsaved changes")
        try tmux.send("c")
        try tmux.send("q")
        try tmux.waitFor("Unsaved changes")
        try tmux.send("d")
        try tmux.waitFor("EXITED rc=0")
        #expect(try tmux.contents(file).contains("app:ui:theme=dark"))
    }

    @Test func resizesDownToTooSmallAndBack() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor("terminal too small")
        try tmux.resize(width: 120, height: 40)
        let screen = try tmux.waitFor("▾ app")
        #expect(screen.contains("Tree"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func recoversChangesAfterACrash() throws {
        let (tmux, file) = try TmuxSession.withDocument("crash.meteor")
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j", "e", "C-u")
        try tmux.type("solarized")
        try tmux.send("Enter", "y")
        try tmux.waitFor("[+]")
        // SIGKILL: no chance to save or clean up; the journal must carry the change.
        try tmux.kill(matching: "meteor tui \(file)")
        #expect(FileManager.default.fileExists(atPath: file + ".journal"))
        #expect(try tmux.contents(file).contains("app:ui:theme=dark"))
        try tmux.tmux(["kill-server"])
        try tmux.start(["tui", file])
        try tmux.waitFor("Recover unsaved changes?")
        try tmux.send("r")
        try tmux.waitFor("recovered 1 unsaved change")
        try tmux.send("w")
        try tmux.waitFor("saved crash.meteor")
        #expect(try tmux.contents(file).contains("app:ui:theme=solarized"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func searchFindsAKeyInACollapsedNamespaceAndOpensItsPath() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        // Contexts are open at start, namespaces closed: `guide` shows only its count.
        try tmux.waitFor("▸ guide (1)")
        try tmux.send("/")
        try tmux.type("intro")
        // The hit is found by `intr` already; wait for the whole text before looking.
        try tmux.waitFor("/intro ")
        let screen = try tmux.waitFor("doc:guide:sections[10_intro]")
        #expect(screen.contains("▾ guide"))
        try tmux.send("Enter")
        try tmux.waitFor("? help")
        try tmux.send("n")
        try tmux.waitFor("search hit the bottom, continued at the top")
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func filterAtStartupShowsOnlyMatchesAndFClearsIt() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", "--filter", "font", file])
        let screen = try tmux.waitFor("Tree · filter font (1)")
        #expect(screen.contains("font"))
        #expect(!screen.contains("theme"))
        #expect(!screen.contains("doc"))
        try tmux.send("F")
        try tmux.waitFor("filter cleared")
        try tmux.waitFor("theme")
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func aBadFilterIsAUsageError() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", "--filter", "a b", file])
        let screen = try tmux.waitFor("EXITED rc=2")
        #expect(screen.contains("patterns cannot contain ` `"))
    }
}
