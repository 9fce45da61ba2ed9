import MeteorKit
import Testing

@testable import MeteorStore

/// The cursor and undo history a ``OpenStore`` keeps beside its file (`name.meteor.state`,
/// docs/decisions/0006), over both stores.
@Suite struct DocumentStateTests {
    private func ui() throws -> (Context, Namespace) {
        (try Context(validating: "app"), try Namespace(validating: "ui"))
    }

    /// A saved document with two changes in its history and the cursor on `app:ui`.
    private func saved(_ kind: StoreKind) throws -> (OpenStore, any DocumentStore, String) {
        let (store, root) = kind.make()
        let path = root + "/notes.meteor"
        let document = try OpenStore(path: path, store: store)
        let (context, namespace) = try ui()
        try document.engine.execute(.setCursor(context, namespace))
        try document.engine.execute(.set(path: "app:ui:theme", value: "dark"))
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        try document.save()
        return (document, store, path)
    }

    @Test(arguments: StoreKind.allCases)
    func reopenedDocumentUndoesTheLastSessionsChanges(kind: StoreKind) throws {
        let (document, store, path) = try saved(kind)
        #expect(store.fileExists(path + ".state"))
        let reopened = try OpenStore(path: path, store: store)
        #expect(reopened.stateWarning == nil)
        #expect(reopened.engine.cursor.position == "app:ui")
        #expect(reopened.engine.history.count == document.engine.history.count)
        #expect(!reopened.isDirty)
        try reopened.engine.undo()
        #expect(try reopened.engine.get("app:ui:theme") == "dark")
        try reopened.engine.undo()
        #expect(try reopened.engine.get("app:ui:theme") == nil)
        #expect(reopened.isDirty)
        // The undone records travel too: a third session can redo them.
        try reopened.save()
        let third = try OpenStore(path: path, store: store)
        #expect(third.engine.canRedo)
        try third.engine.redo()
        #expect(try third.engine.get("app:ui:theme") == "dark")
    }

    @Test(arguments: StoreKind.allCases)
    func brokenStateFileIsAWarningAndTheDocumentLoads(kind: StoreKind) throws {
        let (_, store, path) = try saved(kind)
        try store.write(Array("{not json".utf8), to: path + ".state", condition: .overwrite)
        let reopened = try OpenStore(path: path, store: store)
        #expect(try reopened.engine.get("app:ui:theme") == "light")
        #expect(reopened.engine.history.isEmpty)
        #expect(reopened.engine.cursor == Cursor())
        #expect(
            reopened.stateWarning
                == "`\(path).state` is not a readable state file (The given data was not valid "
                + "JSON.); continuing with an empty history")
        // The next save replaces the broken file.
        try reopened.engine.execute(.set(path: "app:ui:size", value: "big"))
        try reopened.save()
        #expect(try OpenStore(path: path, store: store).stateWarning == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func documentChangedElsewhereDropsTheHistoryAndKeepsTheCursor(kind: StoreKind) throws {
        let (_, store, path) = try saved(kind)
        let edited = try store.read(path).bytes + Array("app:ui:extra=1\n".utf8)
        try store.write(edited, to: path, condition: .overwrite)
        let reopened = try OpenStore(path: path, store: store)
        guard case .mismatch = reopened.stateRestoration else {
            Issue.record("expected a mismatch, got \(reopened.stateRestoration)")
            return
        }
        #expect(reopened.stateWarning == nil)
        #expect(reopened.engine.history.isEmpty)
        #expect(reopened.engine.cursor.position == "app:ui")
        #expect(try reopened.engine.get("app:ui:extra") == "1")
        // The state file now belongs to these bytes: the next open restores it quietly.
        let again = try OpenStore(path: path, store: store)
        guard case .restored = again.stateRestoration else {
            Issue.record("expected the repaired state to match, got \(again.stateRestoration)")
            return
        }
        #expect(again.engine.cursor.position == "app:ui")
        #expect(again.engine.history.isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func saveAsPutsTheStateBesideTheNewFile(kind: StoreKind) throws {
        let (document, store, path) = try saved(kind)
        let before = try store.read(path + ".state").bytes
        try document.engine.execute(.set(path: "app:ui:size", value: "big"))
        let copy = path + ".copy.meteor"
        try document.save(to: copy)
        #expect(try store.read(path + ".state").bytes == before)
        let reopened = try OpenStore(path: copy, store: store)
        #expect(reopened.engine.history.count == document.engine.history.count)
        try reopened.engine.undo()
        #expect(try reopened.engine.get("app:ui:size") == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func saveWithUnchangedDataStillKeepsTheCursor(kind: StoreKind) throws {
        let (document, store, path) = try saved(kind)
        document.engine.cursor = Cursor(context: try Context(validating: "user"), namespace: .root)
        #expect(try document.save() == .unchanged)
        let reopened = try OpenStore(path: path, store: store)
        #expect(reopened.engine.cursor.position == document.engine.cursor.position)
        #expect(reopened.engine.history.count == document.engine.history.count)
    }

    @Test(arguments: StoreKind.allCases)
    func recoveryDropsTheHistoryButKeepsTheCursor(kind: StoreKind) throws {
        let (document, store, path) = try saved(kind)
        let savedCount = document.engine.history.count
        try document.engine.execute(.set(path: "app:ui:size", value: "big"))
        // The process dies here: the change is only in the journal.
        document.close()
        let reopened = try OpenStore(path: path, store: store)
        #expect(reopened.pendingRecovery?.recordCount == 1)
        #expect(reopened.engine.history.count == savedCount)
        #expect(try reopened.recover().recordCount == 1)
        #expect(try reopened.engine.get("app:ui:size") == "big")
        #expect(reopened.engine.history.isEmpty)
        #expect(reopened.engine.cursor.position == "app:ui")
    }

    @Test(arguments: StoreKind.allCases)
    func reloadBringsBackTheHistoryOfTheFileOnDisk(kind: StoreKind) throws {
        let (document, store, path) = try saved(kind)
        let other = try OpenStore(path: path, store: store)
        try other.engine.execute(.set(path: "app:ui:size", value: "big"))
        try other.save()
        try document.reload()
        #expect(try document.engine.get("app:ui:size") == "big")
        #expect(document.engine.history.count == other.engine.history.count)
        try document.engine.undo()
        #expect(try document.engine.get("app:ui:size") == nil)
    }
}
