/// Offers the changes a crashed session (a TUI, another REPL) left in the store's journal
/// when `meteor repl` starts.
///
/// At a terminal it asks `recover N unsaved changes from the last session? [y/N]`; yes
/// merges them into the store key by key (keys the file changed too are listed, and the
/// user keeps the file's values, the session's, chooses per key, saves the result as
/// another file, or decides later), saves and removes the journal; anything else leaves the
/// journal for later. A journal whose changes are all in the file already was removed when
/// the store opened. Without a terminal (batch mode, piped input) it only says that the
/// journal is there and leaves it alone: a script must not answer a question it never saw.
public struct ReplRecovery {
    /// The REPL's session.
    public let session: Session
    /// Where the answer is read from.
    public let reader: any LineReader
    /// Where messages go.
    public let sink: OutputSink
    /// Whether a person can answer (stdin is a terminal and this is not batch mode).
    public let interactive: Bool

    /// Creates the offer.
    ///
    /// - Parameters:
    ///   - session: The loaded session, opened in journaled mode.
    ///   - reader: Where the answer comes from.
    ///   - sink: Where messages go.
    ///   - interactive: Whether to ask.
    public init(session: Session, reader: any LineReader, sink: OutputSink, interactive: Bool) {
        self.session = session
        self.reader = reader
        self.sink = sink
        self.interactive = interactive
    }

    /// Makes the offer when the store has a journal.
    public func run() {
        guard let store = session.openStore else { return }
        if let problem = store.unreadableJournal {
            offerToDiscard(problem, in: store)
            return
        }
        guard let plan = store.pendingRecovery, let journal = plan.journalPath else { return }
        let count = plan.recordCount
        let changes = count == 1 ? "1 unsaved change" : "\(count) unsaved changes"
        guard interactive else {
            sink.error(
                "meteor: note: `\(journal)` holds \(changes) from an earlier session; "
                    + "left as it is (run `meteor repl` at a terminal to recover them)\n")
            return
        }
        let answer = reader.readLine(prompt: "recover \(changes) from the last session? [y/N] ")
        guard let answer, ["y", "yes"].contains(answer.lowercased()) else {
            return leave(journal)
        }
        var resolution = MergeResolution.none
        if !plan.conflicts.isEmpty {
            switch ConflictPrompt(reader: reader, sink: sink, session: "that session").ask(plan) {
            case .resolved(let chosen):
                resolution = chosen
            case .saveAs(let other):
                return saveAs(other, in: store)
            case .later:
                return leave(journal)
            }
        }
        do {
            let applied = try store.recover(resolution)
            try session.save()
            sink.error("recovered and saved \(Self.summary(applied, resolution))\n")
        } catch {
            sink.error("meteor: error: recovery failed: \(error.message)\n")
        }
    }

    /// What recovery did, in words.
    static func summary(_ plan: MergePlan, _ resolution: MergeResolution) -> String {
        let changes = plan.changeCount == 1 ? "1 change" : "\(plan.changeCount) changes"
        let ours = plan.conflicts.filter { resolution.choice(for: $0.subject) == .ours }.count
        let theirs = plan.conflicts.count - ours
        var parts: [String] = []
        if ours > 0 { parts.append("\(ours) of its values over the file's") }
        if theirs > 0 { parts.append("kept \(theirs) of the file's values") }
        return parts.isEmpty ? changes : changes + " (" + parts.joined(separator: ", ") + ")"
    }

    private func leave(_ journal: String) {
        sink.error("left `\(journal)` as it is; it is offered again next time\n")
    }

    /// Recovers with the session's values everywhere and saves the result as another file,
    /// which this REPL then edits; the store's own file is not touched.
    private func saveAs(_ other: String, in store: OpenStore) {
        do {
            try store.recover(.keepOurs)
            try store.save(to: other)
            sink.error(
                "saved the recovered store as `\(other)`; this REPL now edits it (the "
                    + "original file is as it was)\n")
        } catch {
            sink.error("meteor: error: recovery failed: \(error.message)\n")
        }
    }

    private func offerToDiscard(_ problem: MeteorError, in store: OpenStore) {
        sink.error("meteor: warning: \(problem.message)\n")
        guard interactive else { return }
        let answer = reader.readLine(prompt: "discard it? [y/N] ")
        guard let answer, ["y", "yes"].contains(answer.lowercased()) else { return }
        do {
            try store.discardRecovery()
            sink.error("discarded it\n")
        } catch {
            sink.error("meteor: error: \(error.message)\n")
        }
    }
}
