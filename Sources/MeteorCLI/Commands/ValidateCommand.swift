public import ArgumentParser

/// `meteor validate TEXT|-`: checks a stream without applying it.
public struct ValidateCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a token or meteor stream without applying anything.",
        discussion: """
            Valid text prints a summary and exits with 0. Invalid text prints the error on
            stderr and exits with 3: one line by default, or with --explain its location, a
            caret line under the input and a hint.

            Examples:
              meteor validate "a=1; b=2"
              meteor validate --explain 'a=1; k="unclosed'
              meteor validate --meteor - < stream.txt
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Which grammar.
    @OptionGroup public var kind: StreamKindOptions

    /// Whether to explain errors in full.
    @Flag(help: "Show each error's location, a caret line and the hint.")
    public var explain = false

    /// The stream.
    @Argument(help: "The stream text, or - to read it from standard input.")
    public var text: String

    /// Creates the command with default values.
    public init() {}

    /// Validation needs no store.
    public static var usesStore: Bool { false }

    /// Parses the stream.
    ///
    /// - Parameter session: The session (only for stdin).
    /// - Returns: The report.
    /// - Throws: The stream's first error, as a failure with status 3.
    public func execute(in session: Session) throws -> CommandOutput {
        let stream = try session.text(from: text)
        do {
            let parsed = try kind.parse(stream)
            session.warn(parsed.warnings)
            return .validation(
                ValidationReport(
                    streamKind: kind.name, operations: parsed.operations.count,
                    stores: parsed.storeCount, error: nil, warnings: parsed.warnings,
                    explain: explain))
        } catch {
            var failure = CommandFailure(error)
            failure.brief = !explain
            throw failure
        }
    }
}
