public import ArgumentParser

/// `meteor get PATH`: prints a value, or the entries of a namespace or context.
public struct GetCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Print the value stored at a path.",
        discussion: """
            A key path prints the value exactly as stored. A namespace path (`app:ui:`) or
            a context path (`app::`) prints its entries. Exits with 1 when nothing is there.

            Examples:
              meteor get app:ui:button
              meteor get 'app:ui:list[0]'
              meteor get app:ui:
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The path.
    @Argument(help: "A path: app:ui:key, app::key, key, app:ui: or app::.")
    public var path: String

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Looks the path up.
    ///
    /// - Parameter session: The session.
    /// - Returns: The value or the entries.
    /// - Throws: A path error, or ``DiagnosticKind/notFound``.
    public func execute(in session: Session) throws -> CommandOutput {
        let target = try MeteorPath.parse(path)
        let entries = session.entries(in: target)
        guard let first = entries.first else { throw session.notFound(target) }
        if case .key = target { return .value(first) }
        return .entries(entries)
    }
}
