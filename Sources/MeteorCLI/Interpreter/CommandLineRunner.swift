#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Runs one command for the command line: open the store, execute, save, print.
///
/// A command that may write queues for the store's lock (at most `METEOR_LOCK_TIMEOUT`
/// milliseconds, default 10 000, then status 4), loads the store once under it, runs, saves
/// when it succeeded and changed something, and releases the lock: parallel writers take
/// turns, and none loses another's update. A failed command writes nothing. A command that
/// only reads takes no lock and writes nothing at all.
struct CommandLineRunner {
    /// The process environment.
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// Runs a command and prints its result.
    ///
    /// - Parameter command: The parsed command.
    /// - Returns: The exit status.
    func run(_ command: some SessionCommand) -> ExitStatus {
        let options = command.options
        let renderer = ResultRenderer(
            format: options.format,
            style: TerminalStyle.resolve(
                noColorFlag: options.noColor, environment: environment,
                isTerminal: StandardStreams.isTerminal(1)),
            errorStyle: TerminalStyle.resolve(
                noColorFlag: options.noColor, environment: environment,
                isTerminal: StandardStreams.isTerminal(2)))
        let result = execute(command)
        if let text = renderer.standardOutput(result) { StandardStreams.out(text) }
        if let text = renderer.standardError(result) { StandardStreams.error(text) }
        return result.status
    }

    /// Executes a command against the store.
    ///
    /// - Parameter command: The command.
    /// - Returns: The result.
    func execute(_ command: some SessionCommand) -> CommandResult {
        let input = CachedInput()
        guard type(of: command).usesStore else {
            let session = Session(engine: makeEngine(), store: FileStore())
            session.standardInput = input.read
            return Interpreter.run(command, in: session)
        }
        let path: String
        do {
            path = try StoreLocation.resolve(flag: command.options.store, environment: environment)
        } catch {
            return CommandResult(failure: error)
        }
        if !command.writesStore {
            let (result, unsaved) = run(command, at: path, mode: .readOnly, input: input)
            // A command that said it only reads changed something after all: run it as a
            // writer, which saves.
            if !unsaved { return result }
        }
        // Another program than meteor (an editor) may change the file between the load and
        // the save; then the command runs once more on what it saved.
        for _ in 1..<3 {
            let (result, _) = run(command, at: path, mode: .oneShot, input: input)
            guard result.failure?.kind == DiagnosticKind.documentChanged.rawValue else {
                return result
            }
        }
        return run(command, at: path, mode: .oneShot, input: input).result
    }

    /// Opens the store, runs the command and, when it succeeded and changed something,
    /// saves it; the store is closed (its lock released) before returning.
    ///
    /// - Returns: The result, and whether a read-only store was left with something to save.
    private func run(
        _ command: some SessionCommand, at path: String, mode: OpenMode, input: CachedInput
    ) -> (result: CommandResult, unsaved: Bool) {
        let session: Session
        do {
            session = try Session.open(
                path: path, store: FileStore(), mode: mode,
                lockTimeout: LockTimeout.from(environment), makeEngine: makeEngine)
        } catch  where error.kind == .lockHeld {
            return (CommandResult(failure: LockTimeout.failure(error)), false)
        } catch {
            return (CommandResult(failure: .unreadableStore(error, path: path)), false)
        }
        defer {
            session.close()
            printNotes(of: session)
        }
        session.standardInput = input.read
        let result = Interpreter.run(command, in: session)
        // A failed command writes nothing, not even its history record.
        guard result.succeeded, session.hasUnsavedState else { return (result, false) }
        guard mode != .readOnly else { return (result, true) }
        do {
            try session.save()
            return (result, false)
        } catch {
            return (
                CommandResult(
                    failure: .unreadableStore(error, path: path), warnings: result.warnings), false
            )
        }
    }

    /// Prints the session's notes about its saved state on standard error.
    private func printNotes(of session: Session) {
        for note in session.notes { StandardStreams.error(note + "\n") }
        session.notes = []
    }

    /// Makes an engine, with a fixed, stepping clock when `METEOR_FIXED_CLOCK` holds a Unix
    /// time (for repeatable output in tests and docs).
    ///
    /// - Returns: The engine.
    func makeEngine() -> MeteorEngine {
        EngineFactory.make(environment: environment)
    }
}

/// Standard input, read once and kept, so a command that runs again after a save conflict
/// sees the same text (or the same refusal of input that is not UTF-8).
private final class CachedInput {
    private var text: Result<String, MeteorError>?

    func read() throws(MeteorError) -> String {
        if let text { return try text.get() }
        let read = Result { () throws(MeteorError) in try StandardStreams.readAll() }
        text = read
        return try read.get()
    }
}
