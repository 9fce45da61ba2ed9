import Testing

@testable import MeteorStore

/// Recovery and saving as a three-way merge per key: a journal replays onto the file as it
/// is now, keeps what other writers saved meanwhile, and lists what both changed.
@Suite struct JournalMergeTests {
    /// A saved store with `app:t:old`, `app:t:k` and `app:t:last`, in that order.
    private func saved(_ kind: StoreKind) throws -> (any DocumentStore, String) {
        let (store, root) = kind.make()
        let path = root + "/merge.meteor"
        try store.createDirectory(root)
        try store.write(
            Array("# meteor v1\napp:t:old=1\napp:t:k=base\napp:t:last=z\n".utf8), to: path,
            condition: .mustNotExist)
        return (store, path)
    }

    /// Another writer's change, saved while the journaled session was away.
    private func otherWriter(
        _ store: any DocumentStore, _ path: String, _ change: (MeteorEngine) throws -> Void
    ) throws {
        let other = try OpenStore(path: path, store: store, mode: .oneShot)
        defer { other.close() }
        try change(other.engine)
        try other.save()
    }

    @Test(arguments: StoreKind.allCases)
    func recoveryKeepsAnotherWritersUpdateAndTheRenamesPlace(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let session = try OpenStore(path: path, store: store)
        try session.engine.execute(
            .renameKey(
                from: try Address(parsing: "app:t:old"), to: try Key(validating: "renamed")))
        session.close()  // the TUI is killed
        try otherWriter(store, path) { try $0.execute(.set(path: "app:t:cli", value: "v")) }

        let reopened = try OpenStore(path: path, store: store)
        let plan = try #require(reopened.pendingRecovery)
        #expect(!plan.baseMatches)
        #expect(plan.conflicts.isEmpty)
        #expect(plan.changeCount == 2)
        try reopened.recover()
        #expect(
            Array(reopened.engine.entries).map(\.description) == [
                "app:t:renamed=1", "app:t:k=base", "app:t:last=z", "app:t:cli=v",
            ])
        try reopened.save()
        #expect(!store.fileExists(path + ".journal"))
    }

    @Test(arguments: StoreKind.allCases)
    func conflictsAreListedAndNothingChangesUntilResolved(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let session = try OpenStore(path: path, store: store)
        try session.engine.execute(.set(path: "app:t:k", value: "ours"))
        try session.engine.execute(.set(path: "app:t:mine", value: "m"))
        session.close()
        try otherWriter(store, path) { try $0.execute(.set(path: "app:t:k", value: "theirs")) }

        let reopened = try OpenStore(path: path, store: store)
        let plan = try #require(reopened.pendingRecovery)
        #expect(
            plan.conflicts == [
                MergeConflict(
                    subject: .entry(try Address(parsing: "app:t:k")), base: "base",
                    theirs: "theirs", ours: "ours")
            ])
        let error = try #require(throws: MeteorError.self) { try reopened.recover() }
        #expect(error.kind == .documentChanged)
        #expect(try reopened.engine.get("app:t:mine") == nil)
        #expect(reopened.pendingRecovery != nil)
        try reopened.recover(.keepTheirs)
        #expect(try reopened.engine.get("app:t:k") == "theirs")
        #expect(try reopened.engine.get("app:t:mine") == "m")
    }

    @Test(arguments: StoreKind.allCases)
    func oursAndPerKeyChoicesWin(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let session = try OpenStore(path: path, store: store)
        try session.engine.execute(.set(path: "app:t:k", value: "ours"))
        try session.engine.execute(.delete(path: "app:t:last"))
        session.close()
        try otherWriter(store, path) {
            try $0.execute(.set(path: "app:t:k", value: "theirs"))
            try $0.execute(.set(path: "app:t:last", value: "edited"))
        }
        let reopened = try OpenStore(path: path, store: store)
        let last = MergeConflict.Subject.entry(try Address(parsing: "app:t:last"))
        #expect(reopened.pendingRecovery?.conflicts.count == 2)
        try reopened.recover(MergeResolution(choices: [last: .ours], otherwise: .theirs))
        #expect(try reopened.engine.get("app:t:k") == "theirs")
        #expect(try reopened.engine.get("app:t:last") == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func aJournalWhoseEditsAreInTheFileIsRemovedWithoutAsking(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let session = try OpenStore(path: path, store: store)
        try session.engine.execute(.set(path: "app:t:k", value: "saved"))
        try session.engine.execute(.delete(path: "app:t:old"))
        // The save's rename happened, and the process died before removing the journal.
        try store.write(
            DocumentCodec().encode(entries: session.engine.entries), to: path,
            condition: .overwrite)
        session.close()
        #expect(store.fileExists(path + ".journal"))

        let reopened = try OpenStore(path: path, store: store)
        #expect(reopened.pendingRecovery == nil)
        #expect(!store.fileExists(path + ".journal"))
    }

    @Test(arguments: StoreKind.allCases)
    func laterKeepsJournalingAfterTheOldRecordsAndASaveKeepsThem(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let crashed = try OpenStore(path: path, store: store)
        try crashed.engine.execute(.set(path: "app:t:old", value: "recover me"))
        crashed.close()

        // "Later": the next session leaves the journal alone and keeps editing.
        let next = try OpenStore(path: path, store: store)
        #expect(next.pendingRecovery?.recordCount == 1)
        try next.engine.execute(.set(path: "app:t:new", value: "n"))
        #expect(next.journalFailure == nil)
        try next.save()
        #expect(store.fileExists(path + ".journal"))
        try next.engine.execute(.set(path: "app:t:after", value: "a"))
        next.close()  // and it dies too

        let third = try OpenStore(path: path, store: store)
        #expect(third.pendingRecovery?.recordCount == 2)
        try third.recover()
        #expect(try third.engine.get("app:t:old") == "recover me")
        #expect(try third.engine.get("app:t:new") == "n")
        #expect(try third.engine.get("app:t:after") == "a")
    }

    @Test(arguments: StoreKind.allCases)
    func aSecondSessionLeavesALiveJournalAlone(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let first = try OpenStore(path: path, store: store)
        try first.engine.execute(.set(path: "app:t:k", value: "first"))
        let second = try OpenStore(path: path, store: store)
        #expect(second.pendingRecovery == nil)
        try second.engine.execute(.set(path: "app:t:mine", value: "second"))
        #expect(second.journalFailure?.kind == .lockHeld)
        first.close()
        let third = try OpenStore(path: path, store: store)
        #expect(third.pendingRecovery?.recordCount == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func saveMergesThisSessionIntoAFileChangedElsewhere(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let session = try OpenStore(path: path, store: store)
        try session.engine.execute(.set(path: "app:t:mine", value: "x"))
        try session.engine.execute(.set(path: "app:t:k", value: "ours"))
        try otherWriter(store, path) {
            try $0.execute(.set(path: "app:t:other", value: "y"))
            try $0.execute(.set(path: "app:t:k", value: "theirs"))
        }
        var asked: MergePlan?
        #expect(throws: MeteorError.self) {
            try session.save(merging: { plan in
                asked = plan
                return nil
            })
        }
        #expect(asked?.conflicts.map(\.subject.description) == ["app:t:k"])
        #expect(store.fileExists(path + ".journal"))
        #expect(try session.engine.get("app:t:other") == nil)
        let result = try session.save(merging: { _ in .keepOurs })
        guard case .merged(let plan, _) = result else {
            Issue.record("expected a merge, got \(result)")
            return
        }
        #expect(plan.changeCount == 1)
        let saved = try OpenStore(path: path, store: store, mode: .readOnly)
        #expect(try saved.engine.get("app:t:mine") == "x")
        #expect(try saved.engine.get("app:t:other") == "y")
        #expect(try saved.engine.get("app:t:k") == "ours")
        #expect(try session.engine.get("app:t:other") == "y")
        #expect(!store.fileExists(path + ".journal"))
    }

    @Test(arguments: StoreKind.allCases)
    func anOldFormatJournalIsRefusedWithAHintAndCanBeDiscarded(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        try store.append(
            Array(
                (#"{"base":null,"meteorJournal":1}"# + "\n"
                    + #"{"operations":[{"delete":{"address":{"context":"app","key":"k","namespace":"t"}}}],"sequence":1}"#
                    + "\n").utf8), to: path + ".journal")
        let reopened = try OpenStore(path: path, store: store)
        let problem = try #require(reopened.unreadableJournal)
        #expect(problem.message.contains("format 1"))
        #expect(problem.hint == "replay it with the meteor that wrote it, or discard it")
        #expect(reopened.pendingRecovery == nil)
        try reopened.engine.execute(.set(path: "app:t:x", value: "1"))
        #expect(reopened.journalFailure != nil)
        // Discarding the old journal journals the change made while it was in the way.
        try reopened.discardRecovery()
        try reopened.engine.execute(.set(path: "app:t:y", value: "2"))
        #expect(reopened.journalFailure == nil)
        reopened.close()
        let again = try OpenStore(path: path, store: store)
        #expect(again.pendingRecovery?.recordCount == 2)
        try again.recover()
        #expect(try again.engine.get("app:t:x") == "1")
        #expect(try again.engine.get("app:t:y") == "2")
    }

    @Test(arguments: StoreKind.allCases)
    func discardingUnsavedChangesRemovesTheJournal(kind: StoreKind) throws {
        let (store, path) = try saved(kind)
        let session = try OpenStore(path: path, store: store)
        try session.engine.execute(.set(path: "app:t:k", value: "discard me"))
        #expect(store.fileExists(path + ".journal"))
        session.discardUnsavedChanges()
        session.close()
        #expect(!store.fileExists(path + ".journal"))
        #expect(try OpenStore(path: path, store: store).pendingRecovery == nil)
    }
}
