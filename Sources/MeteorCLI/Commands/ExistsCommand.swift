public import ArgumentParser

/// `meteor exists PATH`: tells whether something is stored at a path.
public struct ExistsCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "exists",
        abstract: "Tell whether a key, namespace or context exists.",
        discussion: """
            Prints `true` and exits with 0, or prints `false` and exits with 1.

            Examples:
              meteor exists app:ui:button
              if meteor exists app:ui: >/dev/null; then echo "ui has keys"; fi
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The path.
    @Argument(help: "A path: app:ui:key, app:ui: or app::.")
    public var path: String

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Checks the path.
    ///
    /// - Parameter session: The session.
    /// - Returns: Whether it exists.
    /// - Throws: A path error.
    public func execute(in session: Session) throws -> CommandOutput {
        .existence(path: path, exists: session.engine.exists(try MeteorPath.parse(path)))
    }
}
