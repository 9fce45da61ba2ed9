/// The shared work of `move` and `copy`: reading FROM and TO, running the engine's command
/// (or a dry run of it) and reporting what it did.
struct NamespaceTransfer {
    /// The source namespace, as a position: `app:ui`, `app:` (root), `app` (main).
    var from: String
    /// The target: `CTX:NS`, or a bare `CTX` that keeps the source's namespace name.
    var to: String
    /// Whether keys present on both sides take the source's value.
    var overwrite: Bool
    /// Whether to only work out the changes.
    var dryRun: Bool
    /// `move` (the source goes away) or `copy`.
    var removingSource: Bool

    /// Runs the transfer.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change, listing every entry change for a dry run.
    /// - Throws: A name error, ``DiagnosticKind/notFound`` for a missing source,
    ///   ``DiagnosticKind/targetExists`` for a clash or the source itself as target.
    func run(in session: Session) throws -> CommandOutput {
        let (context, namespace) = try PositionArgument.parse(from)
        let (toContext, toNamespace) = try Self.target(to, keeping: namespace)
        let command: EngineCommand =
            removingSource
            ? .moveNamespace(
                from: context, namespace, to: toContext, toNamespace, overwrite: overwrite)
            : .copyNamespace(
                from: context, namespace, to: toContext, toNamespace, overwrite: overwrite)
        let name = removingSource ? "move" : "copy"
        let engine = session.engine
        let moving = engine.keyCount(in: context, namespace)
        let waiting = engine.keyCount(in: toContext, toNamespace)
        let places = (
            from: "\(context.name):\(namespace.name)",
            to: "\(toContext.name):\(toNamespace.name)"
        )
        let target = "\(places.from) → \(places.to)"
        func summary(_ verb: String, _ changes: @autoclosure () -> [EntryChange]) -> String {
            var text =
                "\(verb) \(moving) \(moving == 1 ? "entry" : "entries") from \(places.from) "
                + "to \(places.to)"
            guard waiting > 0 else { return text }
            text += ", after its \(waiting) \(waiting == 1 ? "key" : "keys")"
            // A replaced key is one the target held before and still holds, now with the
            // source's value.
            let replaced = changes().count {
                $0.address.context == toContext && $0.address.namespace == toNamespace
                    && $0.before != nil && $0.after != nil
            }
            return replaced > 0 ? text + " (\(replaced) replaced)" : text
        }
        if dryRun {
            let preview: DryRunOutcome
            do {
                preview = try engine.dryRun(command)
            } catch {
                throw error.namingOverwriteFlag().placed(at: to)
            }
            session.warn(preview.warnings)
            let changes = preview.changes.flatMap(\.entryChanges)
            return .change(
                ChangeReport(
                    command: name, target: target, stored: preview.stored,
                    deleted: preview.deleted, cursor: engine.cursor, dryRun: true,
                    summary: summary("dry run: would \(name)", changes),
                    changes: changes))
        }
        let outcome: CommandOutcome
        do {
            outcome = try session.execute(command)
        } catch {
            throw error.namingOverwriteFlag().placed(at: to)
        }
        let record = engine.history.lastCommand
        return .change(
            ChangeReport(
                command: name, target: target, record: outcome.recordID,
                stored: outcome.stored, deleted: outcome.deleted, cursor: outcome.cursor,
                summary: summary(
                    removingSource ? "moved" : "copied",
                    record?.changes.flatMap(\.entryChanges) ?? [])))
    }

    /// Reads TO: `CTX:NS` (`CTX:` is the root namespace), or `CTX` alone for the same
    /// namespace name in another context.
    private static func target(_ text: String, keeping namespace: Namespace) throws(MeteorError)
        -> (Context, Namespace)
    {
        guard text.contains(":") else { return (try Context(validating: text), namespace) }
        return try PositionArgument.parse(text)
    }
}
