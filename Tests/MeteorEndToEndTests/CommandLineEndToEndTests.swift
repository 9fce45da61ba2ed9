import Foundation
import Testing

/// The `:` line, copying and the config file, in the real binary under tmux.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CommandLineEndToEndTests {
    @Test func colonCommandWithTabCompletionMovesTheCursor() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        // The `:` line shows the engine cursor, where bare keys of `parse` go.
        try tmux.send(":")
        try tmux.waitFor("cursor app:main")
        try tmux.type("cur")
        try tmux.send("Tab")
        try tmux.waitFor(":cursor")
        try tmux.type("ap")
        try tmux.send("Tab")
        try tmux.waitFor(":cursor app:")
        try tmux.send("Tab")
        try tmux.waitFor(":cursor app:ui:")
        try tmux.send("Enter")
        try tmux.send(":")
        try tmux.waitFor("   cursor app:ui")
        // A change through the interpreter marks the document and can be undone.
        try tmux.type("set theme light")
        try tmux.send("Enter")
        try tmux.waitFor("notes.meteor [+]")
        try tmux.send(":")
        try tmux.type("get app:ui:nope")
        try tmux.send("Enter")
        try tmux.waitFor("error[notFound]")
        try tmux.send(":")
        try tmux.type("q!")
        try tmux.send("Enter")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func copyWritesOSC52ThatTmuxTurnsIntoABuffer() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        try tmux.start(["tui", file])
        try tmux.waitFor("▾ app")
        try tmux.tmux(["set-option", "-s", "set-clipboard", "on"])
        try tmux.send("j", "l", "j")
        try tmux.waitFor("app:ui:theme")
        try tmux.send("y")
        try tmux.waitFor("copied 4 bytes")
        #expect(try tmux.tmux(["show-buffer"]).trimmingCharacters(in: .newlines) == "dark")
        try tmux.send("Y")
        try tmux.waitFor("copied 12 bytes")
        #expect(try tmux.tmux(["show-buffer"]).trimmingCharacters(in: .newlines) == "app:ui:theme")
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func aBadConfigIsReportedAndTheDefaultsWork() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        let config = tmux.path("bad.toml")
        try Data("[keys]\nquit = \"x\"\nsvae = \"s\"\n".utf8).write(
            to: URL(fileURLWithPath: config))
        try tmux.start(["tui", "--config", config, file])
        try tmux.waitFor("bad.toml:3: unknown action `svae`")
        try tmux.send("q")
        let screen = try tmux.waitFor("EXITED rc=0")
        // Printed before the TUI took the screen, so it is still there afterwards.
        #expect(screen.contains("using the default keys and colours"))
    }

    @Test func aGoodConfigRebindsKeys() throws {
        let (tmux, file) = try TmuxSession.withDocument()
        let config = tmux.path("good.toml")
        try Data("[keys]\nquit = \"x\"\n[theme]\nbase = \"light\"\n".utf8).write(
            to: URL(fileURLWithPath: config))
        try tmux.start(["tui", "--config", config, file])
        try tmux.waitFor("▾ app")
        try tmux.send("q")
        try tmux.waitFor("q is not bound")
        try tmux.send("x")
        try tmux.waitFor("EXITED rc=0")
    }
}
