/// The interactive REPL: a prompt showing the cursor, one command per line through the
/// shared ``Interpreter``, saved on `save` and on exit.
///
/// Every change is durable before the next prompt: the journaled store fsyncs it to the
/// journal (docs/cli.md, "repl"), and when the journal cannot be written (another session
/// writes it, or the disk refuses) the REPL saves after each change instead. A save that
/// finds the file changed by another program merges this session's changes into it, key
/// by key; keys both changed are listed and, at a terminal, the user chooses.
public final class ReplLoop {
    /// The session the commands run against.
    public let session: Session
    private let reader: any LineReader
    private let sink: OutputSink
    private let renderer: ResultRenderer
    private let interactive: Bool
    private var notedAutosave = false

    /// Creates a REPL.
    ///
    /// - Parameters:
    ///   - session: The loaded session, opened in journaled mode.
    ///   - reader: Where lines come from.
    ///   - sink: Where output goes.
    ///   - renderer: How results are written.
    ///   - interactive: Whether a person can answer questions (conflicts at a save).
    public init(
        session: Session, reader: any LineReader, sink: OutputSink, renderer: ResultRenderer,
        interactive: Bool = false
    ) {
        self.session = session
        self.reader = reader
        self.sink = sink
        self.renderer = renderer
        self.interactive = interactive
    }

    /// The prompt: the cursor position followed by `> `, such as `app:ui> `.
    public var prompt: String { "\(session.engine.cursor.position)> " }

    /// Reads and runs lines until `exit` or the end of input, then saves unsaved changes.
    ///
    /// - Returns: 0, or 4 when the final save failed (the journal keeps the changes then,
    ///   unless the message says otherwise).
    public func run() -> ExitStatus {
        while let line = reader.readLine(prompt: prompt) {
            switch Interpreter.parse(line) {
            case .empty:
                continue
            case .help(let text):
                sink.out(text + "\n")
            case .failure(let failure):
                report(CommandResult(failure: failure))
            case .command(let command):
                report(Interpreter.run(command, in: session))
                protect()
            case .directive(.exit):
                return finish()
            case .directive(.save(let force)):
                save(force: force)
            case .directive(.reload):
                reload()
            }
        }
        return finish()
    }

    private func reportNotes() {
        for note in session.notes { sink.error(note + "\n") }
        session.notes = []
    }

    private func report(_ result: CommandResult) {
        if let text = renderer.standardOutput(result) { sink.out(text) }
        if let text = renderer.standardError(result) { sink.error(text) }
    }

    /// Saves a change the journal could not take, so it is durable before the next prompt.
    private func protect() {
        guard session.isDirty, let failure = session.openStore?.journalFailure else { return }
        if !notedAutosave {
            sink.error(
                "meteor: note: changes are not journaled: \(failure.message)\n"
                    + "  this REPL saves after each change instead\n")
            notedAutosave = true
        }
        do {
            try session.save(merging: { _ in nil })
            reportNotes()
        } catch {
            sink.error(
                "meteor: warning: this change is only in memory: \(error.message)\n"
                    + "  = hint: `save` keeps it (it asks about keys changed elsewhere too)\n")
        }
    }

    @discardableResult
    private func save(force: Bool) -> Bool {
        var saveAs: String?
        do {
            if force {
                try session.save(force: true)
            } else {
                let result = try session.save(merging: { plan in
                    guard interactive else { return nil }
                    let prompt = ConflictPrompt(reader: reader, sink: sink, session: "this session")
                    switch prompt.ask(plan) {
                    case .resolved(let resolution): return resolution
                    case .saveAs(let path):
                        saveAs = path
                        return nil
                    case .later: return nil
                    }
                })
                if case .merged(let plan, _)? = result { reportMerge(plan) }
            }
            reportNotes()
            return true
        } catch  where saveAs != nil {
            return save(as: saveAs ?? "")
        } catch {
            var failure = CommandFailure(error)
            if error.kind == .documentChanged {
                failure.hint =
                    "`save` again to choose for each key, `save --force` overwrites the file "
                    + "with this session's data, `reload` discards this session's changes"
            }
            report(CommandResult(failure: failure))
            return false
        }
    }

    /// Saves this session's data to another file, which the REPL edits from then on.
    private func save(as other: String) -> Bool {
        do {
            try session.openStore?.save(to: other)
            sink.error(
                "saved this session as `\(other)`; this REPL now edits it (the original file "
                    + "is as the other program left it)\n")
            reportNotes()
            return true
        } catch {
            report(CommandResult(failure: CommandFailure(error)))
            return false
        }
    }

    private func reportMerge(_ plan: MergePlan) {
        var text =
            "merged this session's changes into the file another program changed: "
            + "\(plan.changeCount) applied"
        if plan.alreadyThereCount > 0 { text += ", \(plan.alreadyThereCount) already there" }
        if !plan.conflicts.isEmpty { text += ", \(plan.conflicts.count) chosen" }
        sink.error(text + "; the undo history starts afresh\n")
    }

    private func reload() {
        do {
            try session.reload()
            reportNotes()
        } catch {
            report(CommandResult(failure: CommandFailure(error)))
        }
    }

    private func finish() -> ExitStatus {
        guard session.hasUnsavedState else { return .success }
        if save(force: false) { return .success }
        let failure = session.openStore?.journalFailure
        if session.isDirty, failure == nil {
            sink.error(
                "not saved: the journal keeps this session's changes; the next `meteor repl` "
                    + "at a terminal offers them\n")
        } else if session.isDirty, let failure {
            sink.error(
                "meteor: error: this session's changes are lost: they could not be saved,\n"
                    + "  and not journaled: \(failure.message)\n")
        }
        return .storeError
    }
}
