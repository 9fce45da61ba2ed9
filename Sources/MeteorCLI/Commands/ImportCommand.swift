public import ArgumentParser

/// `meteor import DIR [CTX:NS]`: reads an export folder back into a namespace.
public struct ImportCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an export folder into a namespace, replacing its keys.",
        discussion: """
            The target defaults to the namespace named in the folder's MANIFEST. The import
            is one change (one undo). --dry-run lists the keys it would add (+), change (~)
            and remove (-) without applying anything; --verify checks every file against
            the MANIFEST first and refuses a folder that was edited.

            Examples:
              meteor import ./export --dry-run
              meteor import ./export --verify
              meteor import ./export doc:guides.copy
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The folder.
    @Argument(help: "The export folder.")
    public var directory: String

    /// The target namespace.
    @Argument(help: "The target namespace as CTX:NS (default: the MANIFEST's).")
    public var namespace: String?

    /// Whether to only show the plan.
    @Flag(name: .customLong("dry-run"), help: "Show what would change; apply nothing.")
    public var dryRun = false

    /// Whether to check the manifest.
    @Flag(help: "Check the files against the MANIFEST first.")
    public var verify = false

    /// Creates the command with default values.
    public init() {}

    /// Imports.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change, or the plan for a dry run.
    /// - Throws: ``DiagnosticKind/checksumMismatch``, a document error or an I/O error.
    public func execute(in session: Session) throws -> CommandOutput {
        let target = try namespace.map(PositionArgument.parse)
        let imported = try NamespaceImporter(store: session.store).read(
            directory, into: target?.0, target?.1, verify: verify)
        let context = imported.context
        let namespace = imported.namespace
        let position = "\(context.name):\(namespace.name)"
        let current = session.entries(in: .namespace(context, namespace))
        let plan = ImportPlan(incoming: imported.entries, current: current)
        if dryRun {
            return .change(
                ChangeReport(
                    command: "import", target: position, stored: imported.entries.count,
                    deleted: plan.removed.count, cursor: session.engine.cursor, dryRun: true,
                    summary: "dry run: import into \(position)\n\(plan.summary)"))
        }
        let outcome = try session.execute(
            .importNamespace(context, namespace, entries: imported.entries))
        return .change(
            ChangeReport(
                command: "import", target: position, record: outcome.recordID,
                stored: outcome.stored, deleted: outcome.deleted, cursor: outcome.cursor,
                summary: "imported \(imported.entries.count) entries into \(position) "
                    + "(+\(plan.added.count) ~\(plan.changed.count) -\(plan.removed.count))"))
    }
}
