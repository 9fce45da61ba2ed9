import Foundation
import MeteorCLI
import MeteorKit
import MeteorStore
import Testing

/// The command line and the TUI's ``OpenStore`` share one state file (docs/decisions/0006):
/// each picks up the other's cursor and undo history.
@Suite struct StateInteropTests {
    @Test func commandLineThenDocumentThenCommandLine() throws {
        let work = try Workspace()
        try work.run("set", "app:ui:theme", "dark")
        try work.run("cursor", "app:ui")
        try work.run("set", "app:ui:size", "big")

        // The TUI opens the store: yesterday's `set` is undoable, the cursor is back.
        let document = try OpenStore(path: work.store, store: FileStore())
        #expect(document.stateWarning == nil)
        #expect(document.engine.cursor.position == "app:ui")
        try document.engine.undo()
        #expect(try document.engine.get("app:ui:size") == nil)
        try document.engine.execute(.set(path: "app:ui:color", value: "red"))
        try document.save()

        // The command line continues the TUI's history, without dropping it.
        let undo = try work.run("undo")
        #expect(undo.status == 0)
        #expect(!undo.stderr.contains("dropped"))
        #expect(try work.storeText() == "# meteor v1\napp:ui:theme=dark\n")
        #expect(try work.run("cursor").stdout == "app:ui\n")
        // The undone change comes back.
        #expect(try work.run("redo").status == 0)
        #expect(try work.storeText() == "# meteor v1\napp:ui:theme=dark\napp:ui:color=red\n")
    }

    @Test func sessionAndDocumentShareOneHistory() throws {
        let store = InMemoryStore()
        let path = "/mem/interop.meteor"
        let session = try Session.open(path: path, store: store)
        try session.execute(.set(path: "app:main:a", value: "1"))
        try session.save()

        let document = try OpenStore(path: path, store: store)
        #expect(document.engine.history.count == session.engine.history.count)
        try document.engine.execute(.set(path: "app:main:b", value: "2"))
        document.engine.cursor = Cursor(context: try Context(validating: "user"), namespace: .root)
        try document.save()

        let again = try Session.open(path: path, store: store)
        #expect(again.notes.isEmpty)
        #expect(again.engine.cursor.position == "user:")
        #expect(again.engine.history.count == document.engine.history.count)
        try again.engine.undo()
        try again.engine.undo()
        #expect(again.engine.entryCount == 0)
    }

    @Test func documentChangedByHandDropsTheHistoryForBoth() throws {
        let store = InMemoryStore()
        let path = "/mem/edited.meteor"
        let document = try OpenStore(path: path, store: store)
        try document.engine.execute(.set(path: "app:main:a", value: "1"))
        try document.save()
        let edited = try store.read(path).bytes + Array("app:main:b=2\n".utf8)
        try store.write(edited, to: path, condition: .overwrite)

        let session = try Session.open(path: path, store: store)
        #expect(session.engine.history.isEmpty)
        #expect(session.notes.count == 1)
        #expect(session.notes.first?.contains("its undo history was dropped") == true)
    }
}
