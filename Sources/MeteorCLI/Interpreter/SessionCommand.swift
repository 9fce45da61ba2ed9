public import ArgumentParser

/// A subcommand that runs against a ``Session`` and returns its output as a value.
///
/// The command line, the REPL and batch mode all call ``execute(in:)`` through
/// ``Interpreter/run(_:in:)``; only the way the result is printed and saved differs. The
/// default `run()` is the command line's: load the store, execute, save, print.
public protocol SessionCommand: ParsableCommand {
    /// The global options the command was given.
    var options: GlobalOptions { get }

    /// Whether the command reads or changes the store; commands that do not (`token`,
    /// `config`, `validate`) run without loading it.
    static var usesStore: Bool { get }

    /// Whether the command may change the store (data, cursor or history). The command line
    /// runs the others without the store's lock and writes nothing for them: no lock file,
    /// no state file.
    var writesStore: Bool { get }

    /// Runs the command.
    ///
    /// - Parameter session: The session: engine, store and inputs.
    /// - Returns: What to print.
    /// - Throws: A ``MeteorError`` or a ``CommandFailure``.
    func execute(in session: Session) throws -> CommandOutput
}

extension SessionCommand {
    /// Commands use the store unless they say otherwise.
    public static var usesStore: Bool { true }

    /// Commands may write unless they say otherwise.
    public var writesStore: Bool { true }

    /// Loads the store, executes the command, saves the changes and prints the result, then
    /// exits with the command's status.
    ///
    /// - Throws: `ExitCode` when the status is not 0.
    public func run() throws {
        let status = CommandLineRunner().run(self)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
