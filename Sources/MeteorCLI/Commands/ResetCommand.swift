public import ArgumentParser

/// `meteor reset cursor|storage|all|CTX`: resets the cursor, clears data, or both.
public struct ResetCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Reset the cursor, clear all data, both, or clear one context.",
        discussion: """
            `cursor` moves the cursor back to app:main; `storage` removes every entry
            (scratch slots stay); `all` does both; any other word is a context to clear.

            Examples:
              meteor reset cursor
              meteor reset user
              meteor reset storage
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// What to reset.
    @Argument(help: "cursor, storage, all, or a context name.")
    public var target: String

    /// Creates the command with default values.
    public init() {}

    /// Resets.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A name error.
    public func execute(in session: Session) throws -> CommandOutput {
        let outcome: CommandOutcome
        if let reset = ResetTarget(rawValue: target) {
            outcome = try session.execute(.reset(reset))
        } else {
            outcome = try session.execute(.clearContext(try Context(validating: target)))
        }
        let noun = outcome.deleted == 1 ? "entry" : "entries"
        return .change(
            ChangeReport(
                command: "reset", target: target, record: outcome.recordID,
                deleted: outcome.deleted, cursor: outcome.cursor,
                summary: "reset \(target): deleted \(outcome.deleted) \(noun); "
                    + "cursor \(outcome.cursor.position)"))
    }
}
