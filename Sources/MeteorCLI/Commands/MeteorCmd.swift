public import ArgumentParser

/// `meteor meteor CTX NS`: prints one namespace as an aggregated meteor.
public struct MeteorCmd: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "meteor",
        abstract: "Print a namespace as one meteor: ctx:ns:k1=v1;k2=v2.",
        discussion: """
            The text parses back with `meteor parse --meteor`. Exits with 1 when the
            namespace holds nothing.

            Examples:
              meteor meteor app ui
              meteor meteor app ui --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The context.
    @Argument(help: "The context.")
    public var context: String

    /// The namespace.
    @Argument(help: "The namespace (\"\" for the root).")
    public var namespace: String

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Builds the meteor.
    ///
    /// - Parameter session: The session.
    /// - Returns: The meteor.
    /// - Throws: A name error, or ``DiagnosticKind/notFound``.
    public func execute(in session: Session) throws -> CommandOutput {
        let context = try Context(validating: context)
        let namespace = try Namespace(validating: namespace)
        guard let meteor = session.engine.meteor(for: context, namespace) else {
            throw session.notFound(.namespace(context, namespace))
        }
        return .meteor(meteor)
    }
}
