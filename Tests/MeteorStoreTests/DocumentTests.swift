import Testing

@testable import MeteorStore

/// Open documents over both stores: save, reload, conflicts, journal, scratch.
@Suite struct DocumentTests {
    private func filled(_ kind: StoreKind) throws -> (OpenStore, any DocumentStore, String) {
        let (store, root) = kind.make()
        let path = root + "/notes.meteor"
        let document = try OpenStore(path: path, store: store)
        for entry in try Fixtures.entries() + Fixtures.entries(context: "doc", namespace: "guide") {
            try document.engine.execute(.setAddress(entry.address, value: entry.value))
        }
        try document.engine.execute(.scratchSet(name: "draft", value: "not data\n"))
        return (document, store, path)
    }

    @Test(arguments: StoreKind.allCases)
    func savedDocumentReopensWithIdenticalDataOrderAndScratch(kind: StoreKind) throws {
        let (document, store, path) = try filled(kind)
        #expect(document.isDirty)
        try document.save()
        #expect(!document.isDirty)
        let reopened = try OpenStore(path: path, store: store)
        #expect(Array(reopened.engine.entries) == Array(document.engine.entries))
        #expect(reopened.engine.scratch.get("draft") == "not data\n")
        #expect(reopened.engine.entryCount == document.engine.entryCount)
        // The history comes back from the state file (DocumentStateTests).
        #expect(reopened.engine.history.count == document.engine.history.count)
        let text = String(decoding: try store.read(path).bytes, as: UTF8.self)
        #expect(text.hasPrefix("# meteor v1\napp:ui:key0=click\n"))
        #expect(text.hasSuffix("# scratch\ndraft=\"not data\\n\"\n"))
    }

    @Test(arguments: StoreKind.allCases)
    func duplicateAddressIsReportedAtItsSecondLine(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/twice.meteor"
        let bytes = Array(
            "# meteor v1\napp:ui:a=1\napp:ui:b=2\n# note\napp:ui:list[0]=x\r\napp:ui:list__i_0=y\n"
                .utf8)
        try store.write(bytes, to: path, condition: .mustNotExist)
        let error = try #require(throws: MeteorError.self) {
            _ = try OpenStore(path: path, store: store)
        }
        #expect(error.kind == .invalidDocument)
        #expect(error.message == "`app:ui:list[0]` appears twice in the document")
        #expect(error.location?.summary == "\(path):6:1")
        #expect(error.location?.lineText == "app:ui:list__i_0=y")
    }

    @Test(arguments: StoreKind.allCases)
    func badFileLoadsNothingAndIsLeftUntouched(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/bad.meteor"
        let bytes = Array("# meteor v1\napp:ui:a=1\napp:ui:b=\"x\n".utf8)
        try store.write(bytes, to: path, condition: .mustNotExist)
        let error = try #require(throws: MeteorError.self) {
            _ = try OpenStore(path: path, store: store)
        }
        #expect(error.location?.summary == "\(path):3:10")
        #expect(try store.read(path).bytes == bytes)
    }

    @Test(arguments: StoreKind.allCases)
    func concurrentModificationIsRefusedAndTheCallerChooses(kind: StoreKind) throws {
        let (document, store, path) = try filled(kind)
        try document.save()
        let theirs = Array("# meteor v1\napp:ui:theirs=1\n".utf8)
        try store.write(theirs, to: path, condition: .overwrite)
        try document.engine.execute(.set(path: "app:ui:mine", value: "2"))
        let error = try #require(throws: MeteorError.self) { try document.save() }
        #expect(error.kind == .documentChanged)
        #expect(try store.read(path).bytes == theirs)
        // Save elsewhere keeps both.
        let copy = path + ".mine.meteor"
        try document.save(to: copy)
        #expect(document.path == copy)
        #expect(try store.read(path).bytes == theirs)
        // Reload takes theirs.
        let other = try OpenStore(path: path, store: store)
        try other.engine.execute(.set(path: "app:ui:x", value: "3"))
        try other.reload()
        #expect(Array(other.engine.entries).map(\.key.flat) == ["theirs"])
        #expect(!other.isDirty)
        // Overwrite takes mine.
        try store.write(Array("# meteor v1\n".utf8), to: copy, condition: .overwrite)
        // Unchanged data saves nothing, so it never clobbers their edit.
        #expect(try document.save() == .unchanged)
        try document.engine.execute(.set(path: "app:ui:mine", value: "2b"))
        #expect(throws: MeteorError.self) { try document.save() }
        try document.save(.overwrite)
        #expect(
            try OpenStore(path: copy, store: store).engine.get(try Address(parsing: "app:ui:mine"))
                == "2b")
    }

    @Test(arguments: StoreKind.allCases)
    func lockHeldByAnotherSaverFailsTheSave(kind: StoreKind) throws {
        let (document, store, path) = try filled(kind)
        let lock = try store.lock(path)
        let error = try #require(throws: MeteorError.self) { try document.save() }
        #expect(error.kind == .lockHeld)
        #expect(document.isDirty)
        lock.release()
        try document.save()
    }

    @Test(arguments: StoreKind.allCases)
    func journalRecoversEveryAcknowledgedChangeAfterACrash(kind: StoreKind) throws {
        let (document, store, path) = try filled(kind)
        try document.save()
        let engine = document.engine
        try engine.execute(.set(path: "app:ui:new", value: "fresh\n"))
        try engine.execute(.set(path: "app:ui:key0", value: "updated"))
        try engine.execute(.delete(path: "app:ui:key3"))
        try engine.execute(.delete(path: "app:ui:key5"))
        try engine.undo()  // brings key5 back at its old position
        try engine.execute(
            .renameKey(
                from: try Address(parsing: "app:ui:key1"), to: try Key(validating: "renamed")))
        try engine.execute(.processMeteorStream("doc:guide:s=1;t=2 :;: app:other:u=3"))
        try engine.execute(.clearNamespace(.app, try Namespace(validating: "other")))
        try engine.execute(.scratchSet(name: "later", value: "note"))
        try engine.execute(
            .importNamespace(
                .app, try Namespace(validating: "imp"),
                entries: [try Fixtures.entry("app:imp:z", "1")]))
        #expect(document.journalFailure == nil)
        #expect(store.fileExists(path + ".journal"))
        let expected = Array(engine.entries)
        let expectedScratch = Array(engine.scratch.map { "\($0.name)=\($0.value)" })
        // The process "dies" here: nothing more is saved. A new process opens the file.
        document.close()
        let reopened = try OpenStore(path: path, store: store)
        let recovery = try #require(reopened.pendingRecovery)
        #expect(recovery.recordCount == 10)
        #expect(recovery.baseMatches)
        #expect(Array(reopened.engine.entries) != expected)
        #expect(try reopened.recover().recordCount == 10)
        #expect(Array(reopened.engine.entries) == expected)
        #expect(Array(reopened.engine.scratch.map { "\($0.name)=\($0.value)" }) == expectedScratch)
        #expect(reopened.isDirty)
        try reopened.save()
        #expect(!store.fileExists(path + ".journal"))
        #expect(Array(try OpenStore(path: path, store: store).engine.entries) == expected)
    }

    @Test(arguments: StoreKind.allCases)
    func journalIsRemovedBySaveAndIgnoresATornLastLine(kind: StoreKind) throws {
        let (document, store, path) = try filled(kind)
        try document.save()
        try document.engine.execute(.set(path: "app:ui:a", value: "1"))
        #expect(store.fileExists(path + ".journal"))
        try document.save()
        #expect(!store.fileExists(path + ".journal"))
        try document.engine.execute(.set(path: "app:ui:b", value: "2"))
        try store.append(Array("{\"operations\":[{\"entry\":".utf8), to: path + ".journal")
        document.close()
        let reopened = try OpenStore(path: path, store: store)
        #expect(reopened.pendingRecovery?.recordCount == 1)
        try reopened.recover()
        #expect(reopened.engine.get(try Address(parsing: "app:ui:b")) == "2")
    }

    @Test(arguments: StoreKind.allCases)
    func journalOfAnotherVersionMergesKeyByKeyAndKeepsTheirUpdates(kind: StoreKind) throws {
        let (document, store, path) = try filled(kind)
        try document.save()
        try document.engine.execute(.set(path: "app:ui:a", value: "1"))
        document.close()
        try store.write(
            Array("# meteor v1\napp:ui:other=1\n".utf8), to: path, condition: .overwrite)
        let reopened = try OpenStore(path: path, store: store)
        let plan = try #require(reopened.pendingRecovery)
        #expect(!plan.baseMatches)
        #expect(plan.conflicts.isEmpty)
        try reopened.recover()
        #expect(try reopened.engine.get("app:ui:a") == "1")
        #expect(try reopened.engine.get("app:ui:other") == "1")
        reopened.close()
        let again = try OpenStore(path: path, store: store)
        try again.discardRecovery()
        #expect(!store.fileExists(path + ".journal"))
    }
}
