public import ArgumentParser

/// `meteor redo`: re-applies the change most recently undone.
public struct RedoCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "redo",
        abstract: "Re-apply the change most recently undone.",
        discussion: """
            Exits with 1 when there is nothing to redo; any new change clears the redo list.

            Examples:
              printf 'set k v\\nundo\\nredo\\nget k\\n' | meteor repl --batch
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Creates the command with default values.
    public init() {}

    /// Redoes.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: ``DiagnosticKind/nothingToRedo``.
    public func execute(in session: Session) throws -> CommandOutput {
        let record = try session.engine.redo()
        return .change(UndoCommand.report(record, verb: "redo", session: session))
    }
}
