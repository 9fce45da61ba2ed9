public import ArgumentParser

/// `meteor contexts`: lists the contexts that hold data.
public struct ContextsCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "contexts",
        abstract: "List the contexts that hold data, sorted.",
        discussion: """
            Examples:
              meteor contexts
              meteor contexts --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Lists the contexts.
    ///
    /// - Parameter session: The session.
    /// - Returns: The contexts.
    /// - Throws: Nothing in practice; the protocol allows it.
    public func execute(in session: Session) throws -> CommandOutput {
        .contexts(Array(session.engine.contexts))
    }
}
