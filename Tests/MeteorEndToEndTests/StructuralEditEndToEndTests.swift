import Foundation
import Testing

/// Structural edits in the real binary: a namespace rename, saved, then undone in one step.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct StructuralEditEndToEndTests {
    @Test func namespaceRenameThenUndo() throws {
        let (session, file) = try TmuxSession.withDocument("structure.meteor")
        try session.start(["tui", file])
        try session.waitFor("▾ app")
        try session.send("j", "m")
        try session.waitFor("Move or rename app:ui")
        try session.send("C-u")
        try session.type("app:settings.ui")
        try session.send("Enter")
        let preview = try session.waitFor("2 keys move, in order:")
        #expect(preview.contains("app:ui → app:settings.ui"))
        try session.send("y")
        try session.waitFor("moved app:ui → app:settings.ui")
        try session.send("w")
        try session.waitFor("saved structure.meteor")
        #expect(
            try session.contents(file).contains(
                "app:settings.ui:theme=dark\napp:settings.ui:font=mono\n"))
        try session.send("u")
        let undone = try session.waitFor("undid")
        #expect(undone.contains("move app:ui app:settings.ui"))
        try session.send("C-s")
        try session.waitFor("saved structure.meteor")
        let text = try session.contents(file)
        #expect(text.contains("app:ui:theme=dark\napp:ui:font=mono\n"))
        #expect(!text.contains("settings"))
        try session.send("q")
        try session.waitFor("EXITED rc=0")
    }
}
