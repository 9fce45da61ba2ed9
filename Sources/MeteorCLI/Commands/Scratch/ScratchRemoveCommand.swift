public import ArgumentParser

/// `meteor scratch rm NAME`: removes a slot.
public struct ScratchRemoveCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove a scratch slot; exits with 1 when there is no such slot.",
        discussion: """
            Examples:
              meteor scratch rm todo
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The slot name.
    @Argument(help: "The slot name.")
    public var name: String

    /// Creates the command with default values.
    public init() {}

    /// Removes the slot.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: ``DiagnosticKind/notFound``.
    public func execute(in session: Session) throws -> CommandOutput {
        guard session.engine.scratch.has(name) else { throw Self.missing(name) }
        let outcome = try session.execute(.scratchRemove(name: name))
        return .change(
            ChangeReport(
                command: "scratch.rm", target: name, record: outcome.recordID,
                cursor: outcome.cursor, summary: "removed scratch slot \(name)"))
    }

    /// The error for a missing slot.
    ///
    /// - Parameter name: The slot name.
    /// - Returns: A ``DiagnosticKind/notFound`` error.
    static func missing(_ name: String) -> MeteorError {
        MeteorError(
            .notFound, "there is no scratch slot named `\(name)`",
            hint: "`meteor scratch list` shows the slots")
    }
}
