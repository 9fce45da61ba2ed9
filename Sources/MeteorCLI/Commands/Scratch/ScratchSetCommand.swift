public import ArgumentParser

/// `meteor scratch set NAME TEXT`: sets a slot.
public struct ScratchSetCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set a scratch slot's text (TEXT - reads stdin).",
        discussion: """
            Examples:
              meteor scratch set todo "check the install section"
              git log -1 --format=%s | meteor scratch set last-commit -
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The slot name.
    @Argument(help: "The slot name.")
    public var name: String

    /// The text.
    @Argument(help: "The text, or - to read it from standard input.")
    public var text: String

    /// Creates the command with default values.
    public init() {}

    /// Sets the slot.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A name error.
    public func execute(in session: Session) throws -> CommandOutput {
        let outcome: CommandOutcome
        do {
            outcome = try session.execute(
                .scratchSet(name: name, value: try session.text(from: text)))
        } catch let error as MeteorError {
            throw error.placed(at: error.diagnostic.limit == .valueLength ? text : name)
        }
        return .change(
            ChangeReport(
                command: "scratch.set", target: name, record: outcome.recordID,
                cursor: outcome.cursor, summary: "set scratch slot \(name)"))
    }
}
