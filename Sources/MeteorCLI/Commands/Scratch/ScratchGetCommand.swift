public import ArgumentParser

/// `meteor scratch get NAME`: prints one slot.
public struct ScratchGetCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Print a scratch slot's text; exits with 1 when there is no such slot.",
        discussion: """
            Examples:
              meteor scratch get todo
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The slot name.
    @Argument(help: "The slot name.")
    public var name: String

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Reads the slot.
    ///
    /// - Parameter session: The session.
    /// - Returns: The slot.
    /// - Throws: ``DiagnosticKind/notFound``.
    public func execute(in session: Session) throws -> CommandOutput {
        guard let value = session.engine.scratch.get(name) else {
            throw ScratchRemoveCommand.missing(name)
        }
        return .scratchSlot(ScratchNote(name, value))
    }
}
