/// Applies entries read from a foreign file (``ForeignFormat``) to an engine, all or nothing
/// and, whenever the profile's stream limit allows, as one history record.
///
/// ```swift
/// let entries = try ForeignFormat.json.decode(bytes, file: "settings.json")
/// let plan = ForeignImporter(mode: .merge).plan(entries, against: engine)
/// print(plan.summary)                      // the dry run
/// try ForeignImporter(mode: .merge).apply(entries, to: engine)
/// try engine.undo()                        // reverts the whole import
/// ```
///
/// The import runs as one `execute(.processMeteorStream(…))`: one meteor per namespace
/// (long namespaces split into meteors of at most `streamItems` keys), preceded in
/// ``ForeignImportMode/replace`` mode by `ctl:delete` segments that empty the namespace.
/// When that stream would hold more meteors than the profile's `streamItems` limit, it falls
/// back to one `execute(.importNamespace(…))` per namespace: the same result, but one history
/// record (one undo) per namespace. A failure part-way through undoes the namespaces already
/// imported, so the data is as before.
public struct ForeignImporter: Sendable {
    /// Merge into or replace the namespaces the file names.
    public var mode: ForeignImportMode

    /// Creates an importer.
    ///
    /// - Parameter mode: Merge (default) or replace.
    public init(mode: ForeignImportMode = .merge) {
        self.mode = mode
    }

    /// The dry run: what the import would change in each namespace, and the commands.
    ///
    /// - Parameters:
    ///   - entries: The decoded entries, in file order.
    ///   - engine: The engine the import would go to.
    /// - Returns: The plan.
    public func plan(_ entries: [Entry], against engine: MeteorEngine) -> ForeignImportPlan {
        var changes: [ForeignImportPlan.NamespaceChange] = []
        var stream: [String] = []
        for (context, namespace, incoming) in Self.grouped(entries) {
            let current = Array(engine.entries(in: context, namespace))
            let result = mode == .replace ? incoming : Self.merged(current, incoming)
            changes.append(
                ForeignImportPlan.NamespaceChange(
                    context: context, namespace: namespace, result: result,
                    plan: ImportPlan(incoming: result, current: current)))
            if mode == .replace, !current.isEmpty {
                let deletes: [String]
                if namespace.isRoot {
                    deletes = current.map { "ctl:delete=" + ValueSyntax.serialize("\($0.address)") }
                } else {
                    deletes = ["ctl:delete=\(context.name):\(namespace.name):"]
                }
                stream += Self.chunks(deletes, engine.limits.streamItems).map {
                    $0.joined(separator: ";")
                }
            }
            for chunk in Self.chunks(incoming, engine.limits.streamItems) {
                stream.append(
                    chunk.enumerated().map { index, entry in
                        let prefix = index == 0 ? "\(context.name):\(namespace.name):" : ""
                        return "\(prefix)\(entry.key.bracket)=\(ValueSyntax.serialize(entry.value))"
                    }.joined(separator: ";"))
            }
        }
        let commands: [EngineCommand]
        if stream.isEmpty {
            commands = []
        } else if stream.count <= engine.limits.streamItems {
            commands = [.processMeteorStream(stream.joined(separator: " :;: "))]
        } else {
            commands = changes.map {
                .importNamespace($0.context, $0.namespace, entries: $0.result)
            }
        }
        return ForeignImportPlan(namespaces: changes, commands: commands)
    }

    /// Imports entries: all or nothing.
    ///
    /// - Parameters:
    ///   - entries: The decoded entries, in file order.
    ///   - engine: The engine.
    /// - Returns: One outcome per command run (see ``ForeignImportPlan/commands``).
    /// - Throws: The engine's error (for example the store's context limit); nothing has
    ///   changed then, though the failed command is in the history.
    @discardableResult
    public func apply(_ entries: [Entry], to engine: MeteorEngine) throws(MeteorError)
        -> [CommandOutcome]
    {
        let plan = plan(entries, against: engine)
        var outcomes: [CommandOutcome] = []
        do {
            for command in plan.commands { outcomes.append(try engine.execute(command)) }
        } catch {
            for _ in outcomes { _ = try? engine.undo() }
            throw error
        }
        return outcomes
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

    private static func chunks<Element>(_ items: [Element], _ size: Int) -> [ArraySlice<Element>] {
        let size = max(1, size)
        return stride(from: 0, to: items.count, by: size).map {
            items[$0..<min($0 + size, items.count)]
        }
    }

    private struct NamespaceKey: Hashable {
        let context: Context
        let namespace: Namespace
    }
}
