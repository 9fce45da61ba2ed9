public import ArgumentParser

/// `meteor delete PATH`: deletes a key, a namespace or a context.
public struct DeleteCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a key, a namespace or a whole context.",
        discussion: """
            `app:ui:button` deletes one key, `app:ui:` every key of the namespace, and
            `app::` the whole context. Exits with 1 when nothing is there.

            Examples:
              meteor delete app:ui:button
              meteor delete app:ui:
              meteor delete user::
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The path.
    @Argument(help: "A path: app:ui:key, app:ui: or app::.")
    public var path: String

    /// Creates the command with default values.
    public init() {}

    /// Deletes what the path names.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A path error, or ``DiagnosticKind/notFound``.
    public func execute(in session: Session) throws -> CommandOutput {
        let target = try MeteorPath.parse(path)
        guard session.engine.exists(target) else { throw session.notFound(target) }
        let outcome = try session.execute(.delete(path: path))
        let noun = outcome.deleted == 1 ? "entry" : "entries"
        return .change(
            ChangeReport(
                command: "delete", target: target.description, record: outcome.recordID,
                deleted: outcome.deleted, cursor: outcome.cursor,
                summary: "deleted \(outcome.deleted) \(noun) (\(target))"))
    }
}
