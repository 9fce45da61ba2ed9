import Foundation
import MeteorStore
import MeteorTUI
import Testing

@testable import MeteorTUIStore

/// The TUI picks up the cursor and undo history saved beside the document, and says in the
/// status bar when it could not.
@Suite struct StoreTUIStateTests {
    /// A document saved with one `set` in its history and the cursor on `app:ui`.
    private func savedDocument() throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-tui-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("s.meteor").path
        let document = try OpenStore(path: path, store: FileStore())
        try document.engine.execute(
            .setCursor(try Context(validating: "app"), try Namespace(validating: "ui")))
        try document.engine.execute(.set(path: "app:ui:theme", value: "dark"))
        try document.save()
        return path
    }

    /// Opens the document in the TUI; `keys` are typed once the first screen is up.
    private func launch(_ path: String, keys: [KeyPress] = []) throws -> App<InMemoryTerminal> {
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enter()
        let app = try StoreTUILauncher.makeApp(
            path: path, store: FileStore(), backend: terminal, editor: NoEditor())
        terminal.enqueue(keys.map { .key($0) })
        return app
    }

    @Test func uUndoesTheLastSessionsSet() throws {
        let path = try savedDocument()
        let app = try launch(path, keys: [.character("u")])
        #expect(app.state.status == nil)
        try app.run()
        let engine = app.reducer.document.engine
        #expect(try engine.get("app:ui:theme") == nil)
        #expect(engine.cursor.position == "app:ui")
        #expect(app.reducer.document.hasUnsavedChanges)
    }

    @Test func brokenStateFileIsShownInTheStatusBar() throws {
        let path = try savedDocument()
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: path + ".state"))
        let app = try launch(path)
        let status = try #require(app.state.status)
        #expect(status.isError)
        #expect(status.text.contains("is not a readable state file"))
        #expect(status.text.hasSuffix("continuing with an empty history"))
        #expect(try app.reducer.document.engine.get("app:ui:theme") == "dark")
        try app.run()
        let screen = try #require(app.backend.lastFrame)
        #expect(screen.lines[23].contains(" s.meteor  `s.meteor.state` is not a readable"))
    }

    @Test func aSaveThatCannotWriteTheStateSaysSo() throws {
        let path = try savedDocument()
        // A folder where the state file goes: the document saves, its state cannot.
        try FileManager.default.removeItem(atPath: path + ".state")
        try FileManager.default.createDirectory(
            atPath: path + ".state", withIntermediateDirectories: false)
        let app = try launch(path)
        try app.reducer.document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        app.step(.key(.character("w")))
        let status = try #require(app.state.status)
        #expect(status.isError)
        #expect(status.text.hasPrefix("saved s.meteor, but the cursor and history were not saved"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("theme=light"))
        #expect(!app.reducer.document.hasUnsavedChanges)
    }

    @Test func documentEditedElsewhereSaysTheHistoryWasDropped() throws {
        let path = try savedDocument()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("app:ui:extra=1\n".utf8))
        try handle.close()
        let app = try launch(path)
        #expect(
            app.state.status
                == StatusMessage(
                    "s.meteor changed since its last save; its undo history was dropped"))
        #expect(app.reducer.document.engine.history.isEmpty)
        #expect(app.reducer.document.engine.cursor.position == "app:ui")
    }
}
