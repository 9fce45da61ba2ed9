public import ArgumentParser

/// `meteor scratch append NAME TEXT`: appends to a slot.
public struct ScratchAppendCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Append text to a scratch slot, creating it when absent (TEXT - reads stdin).",
        discussion: """
            The text is added as is; include a line break yourself if you want one.

            Examples:
              meteor scratch append todo "; and the FAQ"
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The slot name.
    @Argument(help: "The slot name.")
    public var name: String

    /// The text.
    @Argument(help: "The text to add, or - to read it from standard input.")
    public var text: String

    /// Creates the command with default values.
    public init() {}

    /// Appends to the slot.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A name error.
    public func execute(in session: Session) throws -> CommandOutput {
        let outcome: CommandOutcome
        do {
            outcome = try session.execute(
                .scratchAppend(name: name, text: try session.text(from: text)))
        } catch let error as MeteorError {
            throw error.placed(at: error.diagnostic.limit == .valueLength ? text : name)
        }
        return .change(
            ChangeReport(
                command: "scratch.append", target: name, record: outcome.recordID,
                cursor: outcome.cursor, summary: "appended to scratch slot \(name)"))
    }
}
