/// Offers the changes a crashed TUI (or any `Document` editor) left in the store's journal
/// when `meteor repl` starts.
///
/// At a terminal it asks `recover N unsaved changes from the last session? [y/N]`; yes
/// replays them, saves the store and removes the journal; anything else leaves the journal
/// for later. Without a terminal (batch mode, piped input) it only says that the journal is
/// there and leaves it alone: a script must not answer a question it never saw.
public struct ReplRecovery {
    /// The REPL's session.
    public let session: Session
    /// Where the answer is read from.
    public let reader: any LineReader
    /// Where messages go.
    public let sink: OutputSink
    /// Whether a person can answer (stdin is a terminal and this is not batch mode).
    public let interactive: Bool
    /// Makes the engine the journal is replayed into.
    public let makeEngine: () -> MeteorEngine

    /// Creates the offer.
    ///
    /// - Parameters:
    ///   - session: The loaded session.
    ///   - reader: Where the answer comes from.
    ///   - sink: Where messages go.
    ///   - interactive: Whether to ask.
    ///   - makeEngine: Makes a fresh engine.
    public init(
        session: Session, reader: any LineReader, sink: OutputSink, interactive: Bool,
        makeEngine: @escaping () -> MeteorEngine = { MeteorEngine() }
    ) {
        self.session = session
        self.reader = reader
        self.sink = sink
        self.interactive = interactive
        self.makeEngine = makeEngine
    }

    /// Makes the offer when the store has a journal.
    public func run() {
        guard let path = session.path, Document.hasJournal(at: path, in: session.store) else {
            return
        }
        let journal = Document.journalPath(for: path)
        let document: Document
        do {
            document = try Document(path: path, store: session.store, engine: makeEngine())
        } catch {
            sink.error("meteor: warning: cannot read `\(journal)`: \(error.message)\n")
            return
        }
        guard let pending = document.pendingRecovery else { return }
        let count = pending.recordCount
        let changes = count == 1 ? "1 unsaved change" : "\(count) unsaved changes"
        guard interactive else {
            sink.error(
                "meteor: note: `\(journal)` holds \(changes) from an earlier session; "
                    + "left as it is (run `meteor repl` at a terminal to recover them)\n")
            return
        }
        if !pending.baseMatches {
            sink.error(
                "note: the store changed after that session began; recovering replays "
                    + "its changes over the newer file\n")
        }
        let answer = reader.readLine(prompt: "recover \(changes) from the last session? [y/N] ")
        guard let answer, ["y", "yes"].contains(answer.lowercased()) else {
            sink.error("left `\(journal)` as it is; it is offered again next time\n")
            return
        }
        do {
            let replayed = try document.recover(force: true)
            session.adopt(recovered: document.engine)
            try session.save()
            try document.discardRecovery()
            sink.error("recovered and saved \(replayed) changes\n")
        } catch {
            sink.error("meteor: error: recovery failed: \(error.message)\n")
        }
    }
}
