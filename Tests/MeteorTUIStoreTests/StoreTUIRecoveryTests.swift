import Foundation
import MeteorStore
import MeteorTUI
import Testing

@testable import MeteorTUIStore

/// The TUI over a journaled store: "discard and quit" forgets the journal, and a recovery
/// whose changes conflict with the file is refused without overwriting anything.
@Suite struct StoreTUIRecoveryTests {
    private func savedDocument() throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-tui-recovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("r.meteor").path
        try FileStore().write(
            Array("# meteor v1\napp:ui:theme=dark\n".utf8), to: path, condition: .mustNotExist)
        return path
    }

    private func launch(_ path: String, keys: [KeyPress]) throws -> App<InMemoryTerminal> {
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enter()
        let app = try StoreTUILauncher.makeApp(
            path: path, store: FileStore(), backend: terminal, editor: NoEditor())
        terminal.enqueue(keys.map { .key($0) })
        return app
    }

    @Test func discardAndQuitRemovesTheJournal() throws {
        let path = try savedDocument()
        let app = try launch(path, keys: [.character("q"), .character("d")])
        try app.reducer.document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        #expect(FileManager.default.fileExists(atPath: path + ".journal"))
        try app.run()
        #expect(try app.reducer.document.engine.get("app:ui:theme") == "light")
        #expect(!FileManager.default.fileExists(atPath: path + ".journal"))
        let reopened = try OpenStore(path: path, store: FileStore())
        #expect(reopened.pendingRecovery == nil)
        #expect(try reopened.engine.get("app:ui:theme") == "dark")
    }

    @Test func aRecoveryWithConflictsKeepsTheJournalAndSaysSo() throws {
        let path = try savedDocument()
        let crashed = try OpenStore(path: path, store: FileStore())
        try crashed.engine.execute(.set(path: "app:ui:theme", value: "ours"))
        crashed.close()
        let other = try OpenStore(path: path, store: FileStore(), mode: .oneShot)
        try other.engine.execute(.set(path: "app:ui:theme", value: "theirs"))
        try other.save()
        other.close()

        let app = try launch(path, keys: [.character("r")])
        try app.run()
        #expect(try app.reducer.document.engine.get("app:ui:theme") == "theirs")
        #expect(app.state.status?.text.contains("the journal is kept") == true)
        #expect(FileManager.default.fileExists(atPath: path + ".journal"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("theirs"))
    }
}
