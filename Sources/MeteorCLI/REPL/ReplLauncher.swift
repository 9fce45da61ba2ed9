#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Opens the store for `meteor repl` and hands it to the interactive loop or the batch
/// runner, wired to the real terminal.
///
/// The interactive REPL opens the store journaled: every change is in the journal before the
/// next prompt, and it is saved on `save` and on exit. A batch is one command of many lines:
/// it reads its script, then holds the store's lock while it runs and saves, as a single
/// command does, and journals nothing (a killed batch saved nothing).
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
        let path: String
        do {
            path = try StoreLocation.resolve(flag: options.store, environment: environment)
        } catch {
            return fail(CommandResult(failure: error), renderer)
        }
        if batch { return runBatch(at: path, keepGoing: keepGoing, renderer: renderer) }
        let session: Session
        do {
            session = try open(path, mode: .journaled)
        } catch {
            return fail(CommandResult(failure: .unreadableStore(error, path: path)), renderer)
        }
        defer { session.close() }
        for note in session.notes { StandardStreams.error(note + "\n") }
        session.notes = []
        Interrupt.unblockTerminationSignals()
        let reader = StandardLineReader()
        reader.onInvalidLine = { error in
            if let text = renderer.standardError(CommandResult(failure: CommandFailure(error))) {
                StandardStreams.error(text)
            }
        }
        ReplRecovery(
            session: session, reader: reader, sink: .standard, interactive: reader.showsPrompt
        ).run()
        if reader.showsPrompt, let path = session.path {
            StandardStreams.error(
                "meteor repl: store \(path). Type `help` for commands, `exit` to save and leave.\n")
        }
        return ReplLoop(
            session: session, reader: reader, sink: .standard, renderer: renderer,
            interactive: reader.showsPrompt
        ).run()
    }

    private func runBatch(at path: String, keepGoing: Bool, renderer: ResultRenderer)
        -> ExitStatus
    {
        let lines: [String]
        do {
            lines = try StandardLineReader(showsPrompt: false).remainingLines()
        } catch {
            // A script that is not UTF-8 runs no command at all, as a bad stream does.
            return fail(CommandResult(failure: CommandFailure(error)), renderer)
        }
        if let count = OpenStore.leftoverJournalRecords(at: path, in: FileStore()) {
            let changes = count == 1 ? "1 unsaved change" : "\(count) unsaved changes"
            StandardStreams.error(
                "meteor: note: `\(OpenStore.journalPath(for: path))` holds \(changes) from an "
                    + "earlier session; left as it is (run `meteor repl` at a terminal to "
                    + "recover them)\n")
        }
        let session: Session
        do {
            session = try open(path, mode: .oneShot)
        } catch  where error.kind == .lockHeld {
            return fail(CommandResult(failure: LockTimeout.failure(error)), renderer)
        } catch {
            return fail(CommandResult(failure: .unreadableStore(error, path: path)), renderer)
        }
        defer { session.close() }
        for note in session.notes { StandardStreams.error(note + "\n") }
        session.notes = []
        return BatchRunner(
            session: session, keepGoing: keepGoing, renderer: renderer, sink: .standard
        ).run(lines)
    }

    private func open(_ path: String, mode: OpenMode) throws(MeteorError) -> Session {
        try Session.open(
            path: path, store: FileStore(), mode: mode,
            lockTimeout: LockTimeout.from(environment),
            makeEngine: { EngineFactory.make(environment: environment) })
    }

    private func fail(_ result: CommandResult, _ renderer: ResultRenderer) -> ExitStatus {
        if let text = renderer.standardError(result) { StandardStreams.error(text) }
        return result.status
    }
}
