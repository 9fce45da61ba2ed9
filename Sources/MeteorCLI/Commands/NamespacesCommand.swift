public import ArgumentParser

/// `meteor namespaces CTX`: lists the namespaces of a context.
public struct NamespacesCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "namespaces",
        abstract: "List the namespaces of a context that hold data, sorted.",
        discussion: """
            The root namespace prints as `(root)` in text and as "" in JSON.

            Examples:
              meteor namespaces app
              meteor namespaces doc --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The context.
    @Argument(help: "The context, such as app.")
    public var context: String

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Lists the namespaces.
    ///
    /// - Parameter session: The session.
    /// - Returns: The namespaces.
    /// - Throws: A name error.
    public func execute(in session: Session) throws -> CommandOutput {
        let context = try Context(validating: context)
        return .namespaces(context, Array(session.engine.namespaces(in: context)))
    }
}
