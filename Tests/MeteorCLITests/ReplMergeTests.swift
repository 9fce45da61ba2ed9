import MeteorCLI
import Testing

/// `exit` and `save` in a REPL whose file another writer changed meanwhile: this session's
/// changes are merged into the file, keys both changed are asked about at a terminal, and
/// nothing is dropped without a word.
@Suite struct ReplMergeTests {
    private let path = "/mem/merge.meteor"

    private func setUp() throws -> (InMemoryStore, Session) {
        let store = InMemoryStore()
        try store.write(
            Array("# meteor v1\napp:t:k=base\n".utf8), to: path, condition: .overwrite)
        let session = try Session.open(path: path, store: store)
        try session.execute(.set(path: "app:t:mine", value: "x"))
        try session.execute(.set(path: "app:t:k", value: "ours"))
        return (store, session)
    }

    private func otherWriter(_ store: InMemoryStore, _ changes: [(String, String)]) throws {
        let other = try Session.open(path: path, store: store, mode: .oneShot)
        for (key, value) in changes { try other.execute(.set(path: key, value: value)) }
        try other.save()
        other.close()
    }

    private func exit(
        _ session: Session, answers: [String], interactive: Bool
    ) -> (MeteorCLI.ExitStatus, String) {
        var messages = ""
        let loop = ReplLoop(
            session: session, reader: InMemoryLineReader(answers),
            sink: OutputSink(out: { messages += $0 }, error: { messages += $0 }),
            renderer: ResultRenderer(format: .text), interactive: interactive)
        return (loop.run(), messages)
    }

    private func saved(_ store: InMemoryStore) throws -> String {
        String(decoding: try store.read(path).bytes, as: UTF8.self)
    }

    @Test func exitMergesChangesMadeElsewhere() throws {
        let (store, session) = try setUp()
        try otherWriter(store, [("app:t:other", "y")])
        let (status, messages) = exit(session, answers: ["exit"], interactive: false)
        #expect(status == .success)
        #expect(messages.contains("merged this session's changes"))
        #expect(try saved(store) == "# meteor v1\napp:t:k=ours\napp:t:other=y\napp:t:mine=x\n")
        #expect(!store.fileExists(path + ".journal"))
    }

    @Test(arguments: [("o", "ours"), ("t", "theirs")])
    func aTerminalChoosesForKeysBothChanged(answer: String, value: String) throws {
        let (store, session) = try setUp()
        try otherWriter(store, [("app:t:k", "theirs")])
        let (status, messages) = exit(session, answers: ["exit", answer], interactive: true)
        #expect(status == .success)
        #expect(messages.contains("was base; the file has theirs; this session left ours"))
        #expect(try saved(store).contains("app:t:k=\(value)\n"))
        #expect(try saved(store).contains("app:t:mine=x\n"))
    }

    @Test func withoutATerminalTheJournalKeepsTheWork() throws {
        let (store, session) = try setUp()
        try otherWriter(store, [("app:t:k", "theirs")])
        let (status, messages) = exit(session, answers: ["exit"], interactive: false)
        #expect(status == .storeError)
        #expect(messages.contains("the journal keeps this session's changes"))
        #expect(try saved(store) == "# meteor v1\napp:t:k=theirs\n")
        #expect(store.fileExists(path + ".journal"))
    }

    @Test func saveAsKeepsBothFiles() throws {
        let (store, session) = try setUp()
        try otherWriter(store, [("app:t:k", "theirs")])
        let (status, messages) = exit(
            session, answers: ["save", "a", "/mem/mine.meteor", "exit"], interactive: true)
        #expect(status == .success)
        #expect(messages.contains("saved this session as `/mem/mine.meteor`"))
        #expect(try saved(store) == "# meteor v1\napp:t:k=theirs\n")
        let mine = String(decoding: try store.read("/mem/mine.meteor").bytes, as: UTF8.self)
        #expect(mine == "# meteor v1\napp:t:k=ours\napp:t:mine=x\n")
    }

    @Test func aReplWithoutTheJournalSavesAfterEachChange() throws {
        let store = InMemoryStore()
        try store.write(Array("# meteor v1\napp:t:k=1\n".utf8), to: path, condition: .overwrite)
        let holder = try Session.open(path: path, store: store)
        try holder.execute(.set(path: "app:t:held", value: "1"))
        let session = try Session.open(path: path, store: store)
        var messages = ""
        let loop = ReplLoop(
            session: session, reader: InMemoryLineReader(["set app:t:second 2"]),
            sink: OutputSink(out: { messages += $0 }, error: { messages += $0 }),
            renderer: ResultRenderer(format: .text))
        #expect(loop.run() == .success)
        #expect(messages.contains("this REPL saves after each change instead"))
        #expect(try saved(store).contains("app:t:second=2\n"))
    }
}
