/// Applies entries read from a foreign file (``ForeignFormat``) to an engine, all or nothing
/// and as one history record.
///
/// ```swift
/// let entries = try ForeignFormat.json.decode(bytes, file: "settings.json")
/// let plan = ForeignImporter(mode: .merge).plan(entries, against: engine)
/// print(plan.summary)                      // the dry run
/// try ForeignImporter(mode: .merge).apply(entries, to: engine)
/// try engine.undo()                        // reverts the whole import
/// ```
///
/// The import runs as one `execute(.importEntries(…))`, built from the decoded entries
/// directly: no stream text is written and parsed again, so a key spelled like a stream
/// word (`ns`, `ctx`) imports like any other. In ``ForeignImportMode/replace`` mode the
/// namespaces the file names are emptied first.
public struct ForeignImporter: Sendable {
    /// Merge into or replace the namespaces the file names.
    public var mode: ForeignImportMode

    /// Creates an importer.
    ///
    /// - Parameter mode: Merge (default) or replace.
    public init(mode: ForeignImportMode = .merge) {
        self.mode = mode
    }

    /// The dry run: what the import would change in each namespace, and the command.
    ///
    /// - Parameters:
    ///   - entries: The decoded entries, in file order.
    ///   - engine: The engine the import would go to.
    /// - Returns: The plan.
    public func plan(_ entries: [Entry], against engine: MeteorEngine) -> ForeignImportPlan {
        var changes: [ForeignImportPlan.NamespaceChange] = []
        for (context, namespace, incoming) in Self.grouped(entries) {
            let current = Array(engine.entries(in: context, namespace))
            let result = mode == .replace ? incoming : Self.merged(current, incoming)
            changes.append(
                ForeignImportPlan.NamespaceChange(
                    context: context, namespace: namespace, result: result,
                    plan: ImportPlan(incoming: result, current: current)))
        }
        let commands: [EngineCommand] =
            entries.isEmpty
            ? [] : [.importEntries(EntryLines(entries), replacing: mode == .replace)]
        return ForeignImportPlan(namespaces: changes, commands: commands)
    }

    /// Imports entries: all or nothing.
    ///
    /// - Parameters:
    ///   - entries: The decoded entries, in file order.
    ///   - engine: The engine.
    /// - Returns: The outcome of the one command run (see ``ForeignImportPlan/commands``),
    ///   or none for no entries.
    /// - Throws: The engine's error (for example the store's context limit); nothing has
    ///   changed then, though the failed command is in the history.
    @discardableResult
    public func apply(_ entries: [Entry], to engine: MeteorEngine) throws(MeteorError)
        -> [CommandOutcome]
    {
        guard !entries.isEmpty else { return [] }
        return [
            try engine.execute(.importEntries(EntryLines(entries), replacing: mode == .replace))
        ]
    }

    // MARK: - Helpers

    /// Entries grouped by namespace, in the order the file first names each one.
    static func grouped(_ entries: [Entry]) -> [(Context, Namespace, [Entry])] {
        var groups: [(Context, Namespace, [Entry])] = []
        var index: [NamespaceKey: Int] = [:]
        for entry in entries {
            let id = NamespaceKey(context: entry.context, namespace: entry.namespace)
            if let at = index[id] {
                groups[at].2.append(entry)
            } else {
                index[id] = groups.count
                groups.append((entry.context, entry.namespace, [entry]))
            }
        }
        return groups
    }

    /// The namespace after setting each incoming entry in turn.
    static func merged(_ current: [Entry], _ incoming: [Entry]) -> [Entry] {
        var values: [Key: String] = [:]
        for entry in incoming { values[entry.key] = entry.value }
        var result = current.map { entry in
            values.removeValue(forKey: entry.key).map { Entry(entry.address, $0) } ?? entry
        }
        for entry in incoming where values.removeValue(forKey: entry.key) != nil {
            result.append(entry)
        }
        return result
    }

    private struct NamespaceKey: Hashable {
        let context: Context
        let namespace: Namespace
    }
}
