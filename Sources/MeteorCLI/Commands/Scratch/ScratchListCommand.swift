public import ArgumentParser

/// `meteor scratch list`: lists scratch slots.
public struct ScratchListCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List scratch slots as name=value, in the order they were created.",
        discussion: """
            Examples:
              meteor scratch list
              meteor scratch list --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Lists the slots.
    ///
    /// - Parameter session: The session.
    /// - Returns: The slots.
    /// - Throws: Nothing in practice; the protocol allows it.
    public func execute(in session: Session) throws -> CommandOutput {
        .scratchSlots(session.engine.scratch.map { ScratchNote($0.name, $0.value) })
    }
}
