public import ArgumentParser

/// `meteor parse TEXT|-`: applies a token or meteor stream to the store.
public struct ParseCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Apply a token stream (default) or a meteor stream to the store.",
        discussion: """
            All or nothing: the whole stream is checked first, and on any error nothing is
            applied and the error (segment, column, caret) goes to stderr with status 3.
            Cursor moves (`ns=`, `ctx=`) persist in the session. TEXT `-` reads stdin.

            Examples:
              meteor parse "button=click; ns=ui; theme=dark"
              meteor parse --meteor "app:ui:a=1;b=2 :;: user:main:c=3"
              meteor parse - < changes.txt
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Which grammar.
    @OptionGroup public var kind: StreamKindOptions

    /// The stream.
    @Argument(help: "The stream text, or - to read it from standard input.")
    public var text: String

    /// Creates the command with default values.
    public init() {}

    /// Applies the stream.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: The stream's first error; nothing is applied then.
    public func execute(in session: Session) throws -> CommandOutput {
        let stream = try session.text(from: text)
        let command: EngineCommand =
            kind.meteor ? .processMeteorStream(stream) : .processTokenStream(stream)
        let outcome = try session.execute(command)
        return .change(
            ChangeReport(
                command: "parse", target: kind.name, record: outcome.recordID,
                stored: outcome.stored, deleted: outcome.deleted, cursor: outcome.cursor,
                summary: "stored \(outcome.stored), deleted \(outcome.deleted); "
                    + "cursor \(outcome.cursor.position)"))
    }
}
