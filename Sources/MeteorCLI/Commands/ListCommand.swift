public import ArgumentParser

/// `meteor list CTX [NS]`: lists the entries of a context or one namespace.
public struct ListCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the entries of a context, or of one of its namespaces.",
        discussion: """
            Entries print as document lines, `ctx:ns:key=value`, in listing order:
            namespaces sorted, keys in insertion order. Use "" for the root namespace.

            Examples:
              meteor list app
              meteor list app ui
              meteor list doc guides.install
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The context.
    @Argument(help: "The context, such as app.")
    public var context: String

    /// The namespace, if only one.
    @Argument(help: "The namespace, such as ui or ui.widgets (\"\" for the root).")
    public var namespace: String?

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Lists the entries.
    ///
    /// - Parameter session: The session.
    /// - Returns: The entries.
    /// - Throws: A name error.
    public func execute(in session: Session) throws -> CommandOutput {
        let context = try Context(validating: context)
        if let namespace {
            let namespace = try Namespace(validating: namespace)
            return .entries(session.entries(in: .namespace(context, namespace)))
        }
        return .entries(session.entries(in: .context(context)))
    }
}
