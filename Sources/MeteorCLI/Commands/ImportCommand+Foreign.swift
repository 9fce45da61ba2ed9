/// `meteor import --from json|nested-json|env FILE`: one foreign file through
/// ``ForeignImporter``.
extension ImportCommand {
    /// Imports one foreign file (or stdin for `-`).
    ///
    /// - Parameters:
    ///   - format: The file's format.
    ///   - session: The session.
    /// - Returns: The change, or the plan for a dry run.
    /// - Throws: The file's first problem (`file:line:column`), an I/O error, or the
    ///   engine's error; nothing is applied then.
    func importForeign(_ format: ForeignFormat, in session: Session) throws -> CommandOutput {
        let bytes: [UInt8]
        if directory == "-" {
            guard let read = session.standardInput else {
                throw CommandFailure.usage("`-` needs standard input, which the REPL uses")
            }
            bytes = Array(try read().utf8)
        } else {
            do {
                bytes = try session.store.read(directory).bytes
            } catch {
                throw CommandFailure.invalidInput(error, path: directory)
            }
        }
        let cursor = session.engine.cursor
        let target = try namespace.map(PositionArgument.parse) ?? (cursor.context, cursor.namespace)
        let file = directory == "-" ? "<stdin>" : directory
        let entries: [Entry]
        do {
            entries = try format.decode(
                bytes, file: file, context: target.0, namespace: target.1,
                limits: session.engine.limits)
        } catch {
            // A bad file given on the command line is invalid input (3), not a broken store.
            throw CommandFailure.invalidInput(error, path: file)
        }
        let importer = ForeignImporter(mode: replace ? .replace : .merge)
        let plan = importer.plan(entries, against: session.engine)
        let counts = plan.namespaces.reduce(into: (added: 0, changed: 0, removed: 0)) {
            $0.added += $1.plan.added.count
            $0.changed += $1.plan.changed.count
            $0.removed += $1.plan.removed.count
        }
        let numbers = "(+\(counts.added) ~\(counts.changed) -\(counts.removed))"
        let source = "\(directory == "-" ? "stdin" : directory) (\(format.rawValue))"
        let noun = entries.count == 1 ? "entry" : "entries"
        if dryRun {
            return .change(
                ChangeReport(
                    command: "import", target: directory, stored: entries.count,
                    deleted: counts.removed, cursor: cursor, dryRun: true,
                    summary: "dry run: import \(source) \(numbers)\n\(plan.summary)"))
        }
        let outcomes: [CommandOutcome]
        do {
            outcomes = try importer.apply(entries, to: session.engine)
        } catch {
            throw error.placed(inFile: file)
        }
        session.warn(outcomes.flatMap(\.warnings))
        let spaces =
            plan.namespaces.count == 1 ? "1 namespace" : "\(plan.namespaces.count) namespaces"
        return .change(
            ChangeReport(
                command: "import", target: directory, record: outcomes.last?.recordID,
                stored: outcomes.reduce(0) { $0 + $1.stored },
                deleted: outcomes.reduce(0) { $0 + $1.deleted }, cursor: session.engine.cursor,
                summary: "imported \(entries.count) \(noun) from \(source) into \(spaces) "
                    + numbers))
    }
}
