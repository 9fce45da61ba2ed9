import MeteorCLI
import Testing

/// `meteor repl` offers the journal a crashed editor left (answers come from a script).
@Suite struct ReplRecoveryTests {
    func offer(_ answers: [String], interactive: Bool = true) throws -> (
        InMemoryStore, Session, InMemoryLineReader, String
    ) {
        let store = InMemoryStore()
        try store.write(
            Array("# meteor v1\napp:ui:theme=dark\n".utf8), to: "/mem/r.meteor",
            condition: .overwrite)
        try JournalFixture.leaveUnsavedChanges(in: "/mem/r.meteor", store: store)
        let session = try Session.open(path: "/mem/r.meteor", store: store)
        let reader = InMemoryLineReader(answers)
        var messages = ""
        ReplRecovery(
            session: session, reader: reader,
            sink: OutputSink(out: { messages += $0 }, error: { messages += $0 }),
            interactive: interactive
        ).run()
        return (store, session, reader, messages)
    }

    @Test func yesReplaysSavesAndRemovesTheJournal() throws {
        let (store, session, reader, messages) = try offer(["y"])
        #expect(reader.prompts == ["recover 2 unsaved changes from the last session? [y/N] "])
        #expect(messages == "recovered and saved 2 changes\n")
        let saved = String(decoding: try store.read("/mem/r.meteor").bytes, as: UTF8.self)
        #expect(saved == "# meteor v1\napp:ui:theme=light\napp:ui:font=mono\n")
        #expect(!store.fileExists("/mem/r.meteor.journal"))
        #expect(!session.hasUnsavedState)
    }

    @Test(arguments: ["", "n", "no", "later"])
    func anythingElseLeavesTheJournal(answer: String) throws {
        let (store, session, _, messages) = try offer([answer])
        #expect(
            messages == "left `/mem/r.meteor.journal` as it is; it is offered again next time\n")
        #expect(store.fileExists("/mem/r.meteor.journal"))
        #expect(try session.engine.get("app:ui:theme") == "dark")
    }

    @Test func withoutATerminalItOnlyNotes() throws {
        let (store, _, reader, messages) = try offer(["y"], interactive: false)
        #expect(reader.prompts.isEmpty)
        #expect(messages.hasPrefix("meteor: note: `/mem/r.meteor.journal` holds 2 unsaved changes"))
        #expect(store.fileExists("/mem/r.meteor.journal"))
    }

    /// A journal whose key `theme` the file changed too: the conflict is listed and the
    /// answer decides.
    func conflicted(_ answers: [String]) throws -> (InMemoryStore, Session, String) {
        let store = InMemoryStore()
        let path = "/mem/c.meteor"
        try store.write(
            Array("# meteor v1\napp:ui:theme=dark\n".utf8), to: path, condition: .overwrite)
        try JournalFixture.leaveUnsavedChanges(in: path, store: store)
        let other = try Session.open(path: path, store: store, mode: .oneShot)
        try other.execute(.set(path: "app:ui:theme", value: "blue"))
        try other.save()
        other.close()
        let session = try Session.open(path: path, store: store)
        var messages = ""
        ReplRecovery(
            session: session, reader: InMemoryLineReader(answers),
            sink: OutputSink(out: { messages += $0 }, error: { messages += $0 }),
            interactive: true
        ).run()
        return (store, session, messages)
    }

    @Test(arguments: [
        (["y", "t"], "blue"), (["y", "o"], "light"), (["y", "e", "x", "o"], "light"),
    ])
    func conflictsAreListedAndTheAnswerChooses(answers: [String], theme: String) throws {
        let (store, session, messages) = try conflicted(answers)
        #expect(messages.contains("1 key was changed both in that session and in the file"))
        #expect(
            messages.contains(
                "app:ui:theme\n    was dark; the file has blue; that session left light"))
        #expect(try session.engine.get("app:ui:theme") == theme)
        #expect(try session.engine.get("app:ui:font") == "mono")
        #expect(!store.fileExists("/mem/c.meteor.journal"))
        #expect(!session.hasUnsavedState)
    }

    @Test func laterLeavesTheJournal() throws {
        let (store, session, messages) = try conflicted(["y", "l"])
        #expect(messages.hasSuffix("it is offered again next time\n"))
        #expect(store.fileExists("/mem/c.meteor.journal"))
        #expect(try session.engine.get("app:ui:theme") == "blue")
    }

    @Test func saveAsWritesTheRecoveredStoreElsewhere() throws {
        let (store, session, messages) = try conflicted(["y", "a", "/mem/mine.meteor"])
        #expect(messages.contains("saved the recovered store as `/mem/mine.meteor`"))
        #expect(session.path == "/mem/mine.meteor")
        let copy = String(decoding: try store.read("/mem/mine.meteor").bytes, as: UTF8.self)
        #expect(copy == "# meteor v1\napp:ui:theme=light\napp:ui:font=mono\n")
        let original = String(decoding: try store.read("/mem/c.meteor").bytes, as: UTF8.self)
        #expect(original == "# meteor v1\napp:ui:theme=blue\n")
        #expect(!store.fileExists("/mem/c.meteor.journal"))
    }
}
