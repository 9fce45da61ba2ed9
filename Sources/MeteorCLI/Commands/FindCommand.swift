public import ArgumentParser

/// `meteor find PATTERN`: lists the entries matching a glob.
public struct FindCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "List the entries whose address matches a pattern.",
        discussion: """
            A pattern is CTX:NS:KEY with globs: `*` (within one part; never across `.` in a
            namespace), `?` (one character) and `**` as the namespace (any namespace, the
            root included). Missing parts default as for paths. Quote patterns in the shell.

            Examples:
              meteor find 'app:ui:btn*'
              meteor find '*:**:theme'
              meteor find 'app:ui:list[*]'
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The pattern.
    @Argument(help: "A pattern such as app:ui:btn* or *:**:theme.")
    public var pattern: String

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Searches the store.
    ///
    /// - Parameter session: The session.
    /// - Returns: The matching entries.
    /// - Throws: A pattern error.
    public func execute(in session: Session) throws -> CommandOutput {
        .entries(session.engine.find(try QueryPattern(pattern)))
    }
}
