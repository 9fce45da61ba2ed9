public import ArgumentParser

/// `meteor rename PATH NEWKEY`: gives a key a new name inside its namespace.
public struct RenameCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename a key, keeping its value and its place.",
        discussion: """
            PATH names the key; NEWKEY is only its new name (bracket or flat spelling), since
            a key stays in its namespace. `list[]` takes the next free index. When NEWKEY
            already holds a value the command fails with status 3 and changes nothing, unless
            --overwrite replaces that value. One change, one undo. Exits with 1 when PATH
            does not exist. --dry-run lists the entry changes and applies nothing.

            Examples:
              meteor rename app:ui:colour color
              meteor rename 'app:ui:items[0]' 'items[]'
              meteor rename app:ui:old theme --overwrite
              meteor rename app:ui:colour color --dry-run
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The key to rename.
    @Argument(help: "The key: app:ui:key, app::key, app:key or key.")
    public var path: String

    /// The new name.
    @Argument(
        help: ArgumentHelp("The key's new name, such as color or items[3].", valueName: "newkey"))
    public var newKey: String

    /// Whether an existing key of that name is replaced.
    @Flag(help: "Replace the value of a key that already has the new name.")
    public var overwrite = false

    /// Whether to only show what would happen.
    @Flag(name: .customLong("dry-run"), help: "Show what would change; apply nothing.")
    public var dryRun = false

    /// Creates the command with default values.
    public init() {}

    /// A dry run only reads the store.
    public var writesStore: Bool { !dryRun }

    /// Renames the key (or works out what renaming it would do).
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A path or key error, ``DiagnosticKind/notFound`` or
    ///   ``DiagnosticKind/targetExists``.
    public func execute(in session: Session) throws -> CommandOutput {
        let limits = session.engine.limits
        let from = try Address(parsing: path, limits: limits)
        let key = try Self.key(newKey, limits: limits, in: from)
        let command = EngineCommand.renameKey(from: from, to: key, overwrite: overwrite)
        let value = session.engine.get(from)
        if dryRun {
            let preview: DryRunOutcome
            do {
                preview = try session.engine.dryRun(command)
            } catch {
                throw error.namingOverwriteFlag().placed(at: newKey)
            }
            session.warn(preview.warnings)
            let target = preview.address ?? Address(from.context, from.namespace, key)
            let changes = preview.changes.flatMap(\.entryChanges)
            return .change(
                ChangeReport(
                    command: "rename", target: "\(from) → \(target)",
                    entry: value.map { Entry(target, $0) }, stored: preview.stored,
                    deleted: preview.deleted, cursor: session.engine.cursor, dryRun: true,
                    summary: Self.summary(from, target, changes, verb: "dry run: would rename"),
                    changes: changes))
        }
        let outcome: CommandOutcome
        do {
            outcome = try session.execute(command)
        } catch {
            throw error.namingOverwriteFlag().placed(at: newKey)
        }
        let target = outcome.address ?? Address(from.context, from.namespace, key)
        let changes = session.engine.history.lastCommand?.changes.flatMap(\.entryChanges) ?? []
        return .change(
            ChangeReport(
                command: "rename", target: "\(from) → \(target)", record: outcome.recordID,
                entry: value.map { Entry(target, $0) }, stored: outcome.stored,
                deleted: outcome.deleted, cursor: outcome.cursor,
                summary: Self.summary(from, target, changes, verb: "renamed")))
    }

    /// Reads NEWKEY, refusing a whole path with a hint: a rename never leaves the namespace.
    private static func key(_ text: String, limits: Limits, in from: Address) throws(MeteorError)
        -> Key
    {
        if let colon = text.firstIndex(of: ":") {
            throw MeteorError(
                .tooManyParts,
                "NEWKEY is the key's new name, not a path: a rename stays in "
                    + "\(from.context.name):\(from.namespace.name)",
                at: SourceLocation(
                    column: text.distance(from: text.startIndex, to: colon) + 1,
                    lineText: text),
                hint: "write only the key, such as `\(text.split(separator: ":").last ?? "")`; "
                    + "`move` and `copy` take whole namespaces elsewhere")
        }
        return try Key(validating: text, limits: limits)
    }

    /// `renamed app:ui:a → app:ui:b`, noting a value that is replaced, or that nothing changes.
    private static func summary(
        _ from: Address, _ to: Address, _ changes: [EntryChange], verb: String
    ) -> String {
        if from == to { return "no change: \(from) already has that name" }
        let replaced = changes.contains { $0.address == to && $0.before != nil }
        return "\(verb) \(from) → \(to)" + (replaced ? " (replacing its old value)" : "")
    }
}
