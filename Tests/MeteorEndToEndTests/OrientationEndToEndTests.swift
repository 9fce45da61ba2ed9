import Foundation
import Testing

/// Where you are and how to get help, in the real binary at 80×24: `?` opens help, the tree
/// fills the window after collapsing and growing, the status bar names the selection, an
/// unknown `:` command names the closest one, and `M` shows a cut message whole.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct OrientationEndToEndTests {
    /// The sample document plus a namespace of 40 keys, so the open tree is taller than 80×24.
    static func session() throws -> (TmuxSession, String) {
        let (tmux, file) = try TmuxSession.withDocument("where.meteor")
        let keys = (0..<40).map { "shell:aliases:alias\($0)=\($0)\n" }.joined()
        let text = try tmux.contents(file) + keys
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return (tmux, file)
    }

    @Test func questionMarkOpensHelpAndTheTreeFillsTheWindow() throws {
        let (tmux, file) = try Self.session()
        try tmux.start(["tui", file], width: 80, height: 24)
        try tmux.waitFor("▾ app")
        try tmux.send("?")
        try tmux.waitFor("Help — Esc closes")
        try tmux.send("Escape")
        try tmux.send("*", "G")
        try tmux.waitFor("shell:aliases:alias39")
        try tmux.send("-")
        // Every context in sight again, not one row and blank space below it.
        var screen = try tmux.waitFor("row 3 / 3")
        for context in ["▸ app", "▸ doc", "▸ shell"] {
            #expect(screen.contains(context), "\(context) hidden:\n\(screen)")
        }
        try tmux.send("*", "G")
        try tmux.waitFor("row 49 / 49")
        try tmux.resize(width: 120, height: 40)
        screen = try tmux.waitFor("alias4")
        // 36 rows fit: the tree shows alias4 … alias39, no blank rows below the last.
        #expect(screen.contains("alias39"))
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test func unknownCommandAndTheMessageLog() throws {
        let (tmux, file) = try Self.session()
        try tmux.start(["tui", file], width: 80, height: 24)
        try tmux.waitFor("▾ app")
        try tmux.send(":")
        try tmux.waitFor("cursor app:main")
        try tmux.type("hel")
        try tmux.send("Enter")
        try tmux.waitFor("unknown command `hel`; did you mean `help`?")
        try tmux.send("Escape")
        try tmux.send("u")
        try tmux.waitFor("there is nothing to undo")
        try tmux.send("M")
        try tmux.waitFor("Messages (1, newest last)")
        try tmux.send("q")
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }
}
