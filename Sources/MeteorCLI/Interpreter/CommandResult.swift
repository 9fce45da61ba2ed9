/// What running one command produced: the data, the warnings and any failure.
///
/// A value, so the command line, the REPL and tests can all inspect it.
public struct CommandResult: Sendable {
    /// The data to print on stdout; ``CommandOutput/nothing`` after a failure.
    public var output: CommandOutput
    /// Why the command failed, or nil.
    public var failure: CommandFailure?
    /// Warnings that did not stop the command, printed on stderr.
    public var warnings: [Diagnostic]

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - output: The data.
    ///   - failure: The failure, if any.
    ///   - warnings: Warnings.
    public init(
        output: CommandOutput = .nothing, failure: CommandFailure? = nil,
        warnings: [Diagnostic] = []
    ) {
        self.output = output
        self.failure = failure
        self.warnings = warnings
    }

    /// Whether the command worked.
    public var succeeded: Bool { failure == nil }

    /// The exit status: the failure's, 1 for a negative `exists`, else 0.
    public var status: ExitStatus {
        if let failure { return failure.status }
        if case .existence(_, false) = output { return .notFound }
        return .success
    }
}
