public import ArgumentParser

/// `meteor import DIR [CTX:NS]`: reads an export folder back into a namespace; with
/// `--from json|nested-json|env`, reads one foreign file instead.
public struct ImportCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an export folder, or a JSON or .env file with --from.",
        discussion: """
            The target defaults to the namespace named in the folder's MANIFEST. The import
            is one change (one undo). --dry-run lists the keys it would add (+), change (~)
            and remove (-) without applying anything; --verify checks every file against
            the MANIFEST first and refuses a folder that was edited.

            --from json|nested-json|env reads one FILE (`-` for stdin) instead: a flat JSON
            object of key paths, nested JSON (context, namespace, key), or a .env file into
            CTX:NS (default: the cursor). Keys are merged into the namespaces the file names
            (existing keys keep their place); --replace makes each of those namespaces hold
            exactly the file's keys. (The name is --from because --format picks the output.)

            Examples:
              meteor import ./export --dry-run
              meteor import ./export --verify
              meteor import ./export doc:guides.copy
              meteor import --from json settings.json --dry-run
              meteor import --from env .env app:server --replace
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The folder, or the file with `--from`.
    @Argument(help: ArgumentHelp("The export folder, or the file with --from.", valueName: "dir"))
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

    /// The foreign format of a single file.
    @Option(
        help: ArgumentHelp(
            "Read one file in this format: json, nested-json or env.", valueName: "format"))
    public var from: ForeignFormat?

    /// Replace the namespaces a foreign file names instead of merging into them.
    @Flag(help: "With --from: each namespace the file names holds exactly its keys.")
    public var replace = false

    /// Rejects flags that do not go together.
    ///
    /// - Throws: A validation error.
    public func validate() throws {
        if from == nil, replace { throw ValidationError("--replace needs --from") }
        if from != nil, verify { throw ValidationError("--verify is for export folders") }
        if let from, from != .env, namespace != nil {
            throw ValidationError("a \(from.rawValue) file names its own namespaces; drop CTX:NS")
        }
    }

    /// Creates the command with default values.
    public init() {}

    /// A dry run only reads the store.
    public var writesStore: Bool { !dryRun }

    /// Imports.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change, or the plan for a dry run.
    /// - Throws: ``DiagnosticKind/checksumMismatch``, a document error or an I/O error.
    public func execute(in session: Session) throws -> CommandOutput {
        if let from { return try importForeign(from, in: session) }
        let target = try namespace.map(PositionArgument.parse)
        let imported: ImportedNamespace
        do {
            imported = try NamespaceImporter(store: session.store, limits: session.engine.limits)
                .read(directory, into: target?.0, target?.1, verify: verify)
        } catch {
            throw CommandFailure.invalidInput(error, path: directory)
        }
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
        let outcome: CommandOutcome
        do {
            outcome = try session.execute(
                .importNamespace(context, namespace, entries: imported.entries))
        } catch {
            throw error.placed(inFile: directory)
        }
        return .change(
            ChangeReport(
                command: "import", target: position, record: outcome.recordID,
                stored: outcome.stored, deleted: outcome.deleted, cursor: outcome.cursor,
                summary: "imported \(imported.entries.count) entries into \(position) "
                    + "(+\(plan.added.count) ~\(plan.changed.count) -\(plan.removed.count))"))
    }
}
