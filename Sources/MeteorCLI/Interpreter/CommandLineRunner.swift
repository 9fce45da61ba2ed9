#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Runs one command for the command line: open the store, execute, save, print.
///
/// Concurrent invocations never lose an update: a save only succeeds when the file still
/// holds what was loaded (checked under the store's lock), and when it does not, or the lock
/// is held, the whole command runs again on a fresh load, until `METEOR_LOCK_TIMEOUT`
/// milliseconds (default 10 000) have passed; then it fails with status 4.
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

    /// Executes a command with retries on save conflicts.
    ///
    /// - Parameter command: The command.
    /// - Returns: The result.
    func execute(_ command: some SessionCommand) -> CommandResult {
        let input = CachedInput()
        guard type(of: command).usesStore else {
            let session = Session(path: nil, store: FileStore(), makeEngine: makeEngine)
            session.standardInput = input.read
            return Interpreter.run(command, in: session)
        }
        let path: String
        do {
            path = try StoreLocation.resolve(flag: command.options.store, environment: environment)
        } catch {
            return CommandResult(failure: error)
        }
        let timeout = environment["METEOR_LOCK_TIMEOUT"].flatMap(Int.init) ?? 10_000
        let start = ContinuousClock.now
        var attempt = 0
        let store = FileStore()
        while true {
            attempt += 1
            let session: Session
            do {
                session = try Session.open(path: path, store: store, makeEngine: makeEngine)
            } catch {
                return CommandResult(failure: .unreadableStore(error, path: path))
            }
            session.standardInput = input.read
            let result = Interpreter.run(command, in: session)
            defer { printNotes(of: session) }
            // A failed command changed no data but left a history record: it is saved too
            // (the document is written unchanged), and its failure stays the result.
            guard session.hasUnsavedState, result.succeeded || !session.isDirty else {
                return result
            }
            do {
                try session.save()
                return result
            } catch
                where !result.succeeded && error.kind != .lockHeld
                && error.kind != .documentChanged
            {
                return result
            } catch  where error.kind == .lockHeld || error.kind == .documentChanged {
                let elapsed = ContinuousClock.now - start
                if elapsed > .milliseconds(timeout) {
                    guard result.succeeded else { return result }
                    return CommandResult(
                        failure: .unreadableStore(error, path: path), warnings: result.warnings)
                }
                session.notes = []
                StandardStreams.sleep(milliseconds: Int.random(in: 1...(5 + min(attempt, 20) * 5)))
            } catch {
                return CommandResult(
                    failure: .unreadableStore(error, path: path), warnings: result.warnings)
            }
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
