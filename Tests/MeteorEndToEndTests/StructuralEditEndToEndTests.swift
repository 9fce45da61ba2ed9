import Foundation
import Testing

/// Structural edits in the real binary: a namespace rename, saved, then undone in one step.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct StructuralEditEndToEndTests {
    @Test func namespaceRenameThenUndo() throws {
        let session = try TmuxSession()
        let file = session.path("structure.meteor")
        try Data(TUIEndToEndTests.document.utf8).write(to: URL(fileURLWithPath: file))
        func contents() throws -> String {
            String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
        }
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
        #expect(try contents().contains("app:settings.ui:theme=dark\napp:settings.ui:font=mono\n"))
        try session.send("u")
        let undone = try session.waitFor("undid")
        #expect(undone.contains("moveNamespace"))
        try session.send("C-s")
        try session.waitFor("saved structure.meteor")
        let text = try contents()
        #expect(text.contains("app:ui:theme=dark\napp:ui:font=mono\n"))
        #expect(!text.contains("settings"))
        try session.send("q")
        try session.waitFor("EXITED rc=0")
    }
}
