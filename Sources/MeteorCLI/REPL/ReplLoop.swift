/// The interactive REPL: a prompt showing the cursor, one command per line through the
/// shared ``Interpreter``, changes kept in the session and saved on `save` and on exit.
public final class ReplLoop {
    /// The session the commands run against.
    public let session: Session
    private let reader: any LineReader
    private let sink: OutputSink
    private let renderer: ResultRenderer

    /// Creates a REPL.
    ///
    /// - Parameters:
    ///   - session: The loaded session.
    ///   - reader: Where lines come from.
    ///   - sink: Where output goes.
    ///   - renderer: How results are written.
    public init(
        session: Session, reader: any LineReader, sink: OutputSink, renderer: ResultRenderer
    ) {
        self.session = session
        self.reader = reader
        self.sink = sink
        self.renderer = renderer
    }

    /// The prompt: the cursor position followed by `> `, such as `app:ui> `.
    public var prompt: String { "\(session.engine.cursor.position)> " }

    /// Reads and runs lines until `exit` or the end of input, then saves unsaved changes.
    ///
    /// - Returns: 0, or 4 when the final save failed.
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

    @discardableResult
    private func save(force: Bool) -> Bool {
        do {
            try session.save(force: force)
            reportNotes()
            return true
        } catch {
            var failure = CommandFailure(error)
            if error.kind == .documentChanged {
                failure.hint =
                    "`save --force` overwrites it with this session's data; `reload` discards "
                    + "this session's changes"
            }
            report(CommandResult(failure: failure))
            return false
        }
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
        return save(force: false) ? .success : .storeError
    }
}
