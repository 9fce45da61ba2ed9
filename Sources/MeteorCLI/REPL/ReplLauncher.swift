#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Opens the store for `meteor repl` and hands it to the interactive loop or the batch
/// runner, wired to the real terminal.
struct ReplLauncher {
    /// The global options.
    var options: GlobalOptions
    /// The process environment.
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// Runs the REPL or the batch.
    ///
    /// - Parameters:
    ///   - batch: Batch mode.
    ///   - keepGoing: Continue after failures (batch only).
    /// - Returns: The exit status.
    func run(batch: Bool, keepGoing: Bool) -> ExitStatus {
        let style = TerminalStyle.resolve(
            noColorFlag: options.noColor, environment: environment,
            isTerminal: StandardStreams.isTerminal(1))
        let errorStyle = TerminalStyle.resolve(
            noColorFlag: options.noColor, environment: environment,
            isTerminal: StandardStreams.isTerminal(2))
        let renderer = ResultRenderer(format: options.format, style: style, errorStyle: errorStyle)
        let session: Session
        do {
            let path = try StoreLocation.resolve(flag: options.store, environment: environment)
            session = try Session.open(
                path: path, store: FileStore(),
                makeEngine: { EngineFactory.make(environment: environment) })
        } catch let failure as CommandFailure {
            return fail(CommandResult(failure: failure), renderer)
        } catch let error as MeteorError {
            return fail(CommandResult(failure: .unreadableStore(error)), renderer)
        } catch {
            return fail(CommandResult(failure: .usage("\(error)")), renderer)
        }
        for note in session.notes { StandardStreams.error(note + "\n") }
        session.notes = []
        let reader = StandardLineReader()
        reader.onInvalidLine = { error in
            if let text = renderer.standardError(CommandResult(failure: CommandFailure(error))) {
                StandardStreams.error(text)
            }
        }
        ReplRecovery(
            session: session, reader: reader, sink: .standard,
            interactive: !batch && reader.showsPrompt,
            makeEngine: { EngineFactory.make(environment: environment) }
        ).run()
        if batch {
            let lines: [String]
            do {
                lines = try reader.remainingLines()
            } catch {
                // A script that is not UTF-8 runs no command at all, as a bad stream does.
                return fail(CommandResult(failure: CommandFailure(error)), renderer)
            }
            return BatchRunner(
                session: session, keepGoing: keepGoing, renderer: renderer, sink: .standard
            ).run(lines)
        }
        if reader.showsPrompt, let path = session.path {
            StandardStreams.error(
                "meteor repl: store \(path). Type `help` for commands, `exit` to save and leave.\n")
        }
        return ReplLoop(session: session, reader: reader, sink: .standard, renderer: renderer).run()
    }

    private func fail(_ result: CommandResult, _ renderer: ResultRenderer) -> ExitStatus {
        if let text = renderer.standardError(result) { StandardStreams.error(text) }
        return result.status
    }
}
