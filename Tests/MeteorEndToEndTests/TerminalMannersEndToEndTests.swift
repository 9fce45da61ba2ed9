import Foundation
import Testing

/// A terminal program's manners, in a real terminal: Ctrl-Z and `fg`, SIGTERM, typeahead at
/// exit, and the demo's temporary copy.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalMannersEndToEndTests {
    @Test func ctrlZSuspendsToTheShellAndFgComesBack() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.startShell()
        try tmux.type(try tmux.meteorCommand(["tui", file]))
        try tmux.send("Enter")
        try tmux.waitFor("▾ app")
        try tmux.send("C-z")
        try tmux.waitFor("Stopped")
        #expect(try tmux.modes() == .shell)
        try tmux.type("fg")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("▾ app")
        #expect(screen.contains("notes.meteor"))
        #expect(try tmux.modes().alternateScreen)
        try tmux.send("q")
        try tmux.type("echo status=$?")
        try tmux.send("Enter")
        try tmux.waitFor("status=0")
        #expect(try tmux.modes() == .shell)
    }

    @Test func sigtermRestoresTheTerminalAndRemovesTheDemoCopy() throws {
        let tmux = try TmuxSession()
        try FileManager.default.createDirectory(
            atPath: tmux.path("tmp"), withIntermediateDirectories: true)
        try tmux.start(["tui", "--demo"], environment: ["TMPDIR": tmux.path("tmp")])
        try tmux.waitFor("▾ app")
        #expect(tmux.files(in: "tmp", prefix: "meteor-demo-").count == 1)
        #expect(try tmux.modes().keypadCursor)
        try tmux.signalMeteor("TERM")
        try tmux.waitFor("EXITED rc=143")
        #expect(try tmux.modes() == .shell)
        #expect(tmux.files(in: "tmp", prefix: "meteor-demo-").isEmpty)
    }

    @Test func theDemoCopyIsRemovedAtExit() throws {
        let tmux = try TmuxSession()
        try FileManager.default.createDirectory(
            atPath: tmux.path("tmp"), withIntermediateDirectories: true)
        try tmux.start(["tui", "--demo"], environment: ["TMPDIR": tmux.path("tmp")])
        try tmux.waitFor("▾ app")
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
        #expect(tmux.files(in: "tmp", prefix: "meteor-demo-").isEmpty)
    }

    @Test func keysTypedBeforeExitDoNotReachTheShell() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.startShell()
        try tmux.type(try tmux.meteorCommand(["tui", file]))
        try tmux.send("Enter")
        try tmux.waitFor("▾ app")
        // One write: `q`, then a command line the app never reads.
        try tmux.type("qecho LEAKED\r")
        try tmux.type("echo after=$?")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("after=0")
        #expect(!screen.contains("LEAKED"))
    }
}
