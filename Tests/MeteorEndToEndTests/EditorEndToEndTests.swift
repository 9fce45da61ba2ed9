import Foundation
import Testing

/// `E` with the editors people use, in a real terminal: the editor gets the terminal, the
/// TUI comes back with the change to review, and the temporary folder is gone.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct EditorEndToEndTests {
    static let hasVim = FileManager.default.isExecutableFile(atPath: "/usr/bin/vim")
    static let hasNano = FileManager.default.isExecutableFile(atPath: "/usr/bin/nano")

    /// Opens the sample document with `editor`, temporary files in `tmp/`, `app:ui:theme`
    /// selected.
    func openAtTheme(editor: String) throws -> (TmuxSession, String) {
        let (tmux, file) = try TmuxSession.withDocument()
        try FileManager.default.createDirectory(
            atPath: tmux.path("tmp"), withIntermediateDirectories: true)
        try tmux.start(["tui", file], editor: editor, environment: ["TMPDIR": tmux.path("tmp")])
        try tmux.waitFor("▾ app")
        try tmux.send("j", "l", "j")
        try tmux.waitFor("app:ui:theme")
        return (tmux, file)
    }

    /// Reviews the diff `dark` → `light`, applies and saves it, and checks the file.
    func applyAndSave(_ tmux: TmuxSession, file: String) throws {
        let diff = try tmux.waitFor("+ light")
        #expect(diff.contains("- dark"))
        try tmux.send("y")
        try tmux.waitFor("changed app:ui:theme")
        try tmux.send("w")
        try tmux.waitFor("saved notes.meteor")
        // `light`, not `"light\n"`: the line break the editor added is not part of the value.
        let lines = try tmux.contents(file).split(separator: "\n")
        #expect(lines.contains("app:ui:theme=light"))
        #expect(tmux.files(in: "tmp", prefix: "meteor-edit-").isEmpty)
        #expect(try tmux.modes().keypadCursor)
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
    }

    @Test(.enabled(if: hasVim, "vim is not installed"))
    func vimEditsAValue() throws {
        let (tmux, file) = try openAtTheme(editor: "vim -u NONE -N")
        try tmux.send("E")
        // vim's message line names the file; with the old runner vim was stopped by SIGTTOU
        // before it drew anything.
        try tmux.waitFor("theme.txt")
        try tmux.type(":s/dark/light/")
        try tmux.send("Enter")
        try tmux.type(":wq")
        try tmux.send("Enter")
        try applyAndSave(tmux, file: file)
    }

    @Test(.enabled(if: hasNano, "nano is not installed"))
    func nanoEditsAValue() throws {
        let (tmux, file) = try openAtTheme(editor: "nano")
        try tmux.send("E")
        try tmux.waitFor("^X Exit")
        try tmux.send("C-k")
        try tmux.type("light")
        try tmux.send("C-o")
        try tmux.waitFor("File Name to Write")
        try tmux.send("Enter")
        try tmux.waitFor("Wrote 1 line")
        try tmux.send("C-x")
        try applyAndSave(tmux, file: file)
    }

    @Test(.enabled(if: hasVim, "vim is not installed"))
    func quittingVimWithoutSavingChangesNothing() throws {
        let (tmux, file) = try openAtTheme(editor: "vim -u NONE -N")
        try tmux.send("E")
        try tmux.waitFor("theme.txt")
        try tmux.type(":q")
        try tmux.send("Enter")
        try tmux.waitFor("no change")
        #expect(!(try tmux.screen().contains("[+]")))
        #expect(tmux.files(in: "tmp", prefix: "meteor-edit-").isEmpty)
        try tmux.send("q")
        try tmux.waitFor("EXITED rc=0")
        #expect(try tmux.contents(file).contains("app:ui:theme=dark"))
    }
}
