import Testing

@testable import MeteorStore

/// The crash journal carries renames, moves and copies (and their undo) exactly, order
/// included: apply them, "crash", reopen, recover.
@Suite struct JournalStructuralEditTests {
    private func names(_ text: String) throws -> (Context, Namespace) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return (
            try Context(validating: String(parts[0])), try Namespace(validating: String(parts[1]))
        )
    }

    @Test(arguments: StoreKind.allCases)
    func structuralEditsSurviveACrash(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/structure.meteor"
        let document = try OpenStore(path: path, store: store)
        let engine = document.engine
        for entry in try Fixtures.entries() + Fixtures.entries(context: "user", namespace: "ui") {
            try engine.execute(.setAddress(entry.address, value: entry.value))
        }
        try engine.execute(.set(path: "app:ui:zz", value: "last"))
        try document.save()
        let (app, ui) = try names("app:ui")
        let (user, _) = try names("user:")
        try engine.execute(
            .renameKey(from: try Address(parsing: "app:ui:key1"), to: try Key(validating: "r[x]")))
        try engine.execute(
            .renameKey(
                from: try Address(parsing: "app:ui:key2"), to: try Key(validating: "key3"),
                overwrite: true))
        try engine.execute(
            .copyNamespace(from: app, ui, to: user, ui, overwrite: true))
        try engine.execute(
            .moveNamespace(from: app, ui, to: user, try Namespace(validating: "moved")))
        try engine.execute(
            .moveNamespace(from: user, ui, to: app, try Namespace(validating: "back")))
        try engine.undo()  // the second move comes back: user:ui again, in its order
        try engine.execute(.copyNamespace(from: user, ui, to: try Context(validating: "doc"), ui))
        #expect(document.journalFailure == nil)
        let expected = Array(engine.entries)
        #expect(expected.contains { $0.address.description == "user:moved:r[x]" })
        #expect(expected.contains { $0.address.description == "doc:ui:key3" })
        // The process "dies" here. A new one opens the file and replays the journal.
        document.close()
        let reopened = try OpenStore(path: path, store: store)
        #expect(reopened.pendingRecovery?.recordCount == 7)
        #expect(Array(reopened.engine.entries) != expected)
        try reopened.recover()
        #expect(Array(reopened.engine.entries) == expected)
    }
}
