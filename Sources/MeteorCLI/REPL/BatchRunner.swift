/// Batch mode: runs one command per line and reports each, as text or as one JSON object
/// per command.
///
/// By default the first failure stops the run: the remaining commands are reported as
/// skipped and nothing is saved. With `keepGoing`, every command runs and the session is
/// saved at the end.
public struct BatchRunner {
    /// The session the commands run against.
    public let session: Session
    /// Whether to run every command even after a failure (and save).
    public var keepGoing: Bool
    /// How results are written.
    public var renderer: ResultRenderer
    /// Where output goes.
    public var sink: OutputSink

    /// Creates a batch runner.
    ///
    /// - Parameters:
    ///   - session: The loaded session.
    ///   - keepGoing: Whether to continue after failures.
    ///   - renderer: How results are written.
    ///   - sink: Where output goes.
    public init(session: Session, keepGoing: Bool, renderer: ResultRenderer, sink: OutputSink) {
        self.session = session
        self.keepGoing = keepGoing
        self.renderer = renderer
        self.sink = sink
    }

    /// Runs the lines.
    ///
    /// - Parameter lines: The script, one command per line; blank lines and `#` comments
    ///   are not commands.
    /// - Returns: The status of the first failure, 4 when the save failed, else 0.
    public func run(_ lines: [String]) -> ExitStatus {
        var firstFailure: ExitStatus?
        for (offset, line) in lines.enumerated() {
            let parsed = Interpreter.parse(line)
            if case .empty = parsed { continue }
            if case .directive(.exit) = parsed { break }
            if firstFailure != nil, !keepGoing {
                report(CommandResult(failure: .skipped), line: offset + 1)
                continue
            }
            let result = run(parsed)
            report(result, line: offset + 1)
            if let failure = result.failure, firstFailure == nil { firstFailure = failure.status }
        }
        if firstFailure == nil || keepGoing, session.hasUnsavedState {
            do {
                try session.save()
                for note in session.notes { sink.error(note + "\n") }
            } catch {
                report(CommandResult(failure: CommandFailure(error)), line: nil)
                return firstFailure ?? .storeError
            }
        }
        return firstFailure ?? .success
    }

    private func run(_ parsed: ParsedLine) -> CommandResult {
        switch parsed {
        case .empty, .directive(.exit): return CommandResult()
        case .help(let text): return CommandResult(output: .text(text))
        case .failure(let failure): return CommandResult(failure: failure)
        case .command(let command): return Interpreter.run(command, in: session)
        case .directive:
            return CommandResult(
                failure: .usage(
                    "`save` and `reload` are for the interactive REPL",
                    hint: "batch mode saves at the end by itself"))
        }
    }

    private func report(_ result: CommandResult, line: Int?) {
        switch renderer.format {
        case .json:
            let object: JSONValue =
                if let failure = result.failure {
                    .object(["ok": .bool(false), "error": JSONRendering.failure(failure)])
                } else {
                    .object(["ok": .bool(true), "result": result.output.json])
                }
            sink.out(object.serialized() + "\n")
            let warnings = result.warnings.map { JSONRendering.diagnostic($0).serialized() }
            if !warnings.isEmpty { sink.error(warnings.joined(separator: "\n") + "\n") }
        case .text, .debug:
            if let text = renderer.standardOutput(result) { sink.out(text) }
            guard var text = renderer.standardError(result) else { return }
            if result.failure?.kind == CommandFailure.skipped.kind {
                text = "skipped (an earlier command failed)\n"
            }
            sink.error(line.map { "line \($0): " + text } ?? text)
        }
    }
}
