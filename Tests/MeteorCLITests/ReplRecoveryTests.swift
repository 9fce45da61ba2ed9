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
}
