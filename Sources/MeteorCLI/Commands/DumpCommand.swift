public import ArgumentParser

/// `meteor dump`: prints the whole store as a `.meteor` document.
public struct DumpCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the whole store as a .meteor document, scratch slots included.",
        discussion: """
            The output is exactly what the store file holds after a save, so it can be kept
            as a backup and loaded with --store.

            Examples:
              meteor dump
              meteor dump > backup.meteor
              meteor dump --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Collects the document.
    ///
    /// - Parameter session: The session.
    /// - Returns: Entries and scratch slots.
    /// - Throws: Nothing in practice; the protocol allows it.
    public func execute(in session: Session) throws -> CommandOutput {
        .document(
            entries: Array(session.engine.entries),
            scratch: session.engine.scratch.map { ScratchNote($0.name, $0.value) })
    }
}
