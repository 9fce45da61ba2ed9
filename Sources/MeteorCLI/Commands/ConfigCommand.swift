public import ArgumentParser

/// `meteor config`: shows the active profile and its limits.
public struct ConfigCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the profile this build was compiled with and its limits.",
        discussion: """
            The profile is chosen at build time (swift build --traits ProfileEmbedded).

            Examples:
              meteor config
              meteor config --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Creates the command with default values.
    public init() {}

    /// The configuration needs no store.
    public static var usesStore: Bool { false }

    /// Reads the limits.
    ///
    /// - Parameter session: The session.
    /// - Returns: The limits.
    /// - Throws: Nothing in practice; the protocol allows it.
    public func execute(in session: Session) throws -> CommandOutput {
        .config(session.engine.limits)
    }
}
