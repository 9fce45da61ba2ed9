/// Turns engine notifications into journal records, and replays records onto an engine.
///
/// A record holds the state a command left, not the command: plain sets and deletes become
/// key operations (a new key goes to the end, as the engine puts it); anything that moves
/// keys in place (rename, import, clear, an undo that brings a key back at its old
/// position) becomes a snapshot of each namespace, context or storage it touched. Replay
/// therefore needs no history and reproduces order exactly.
enum JournalRecorder {
    /// The operations that bring a saved state forward over `change`.
    ///
    /// - Parameters:
    ///   - change: The engine's notification.
    ///   - engine: The engine, already in the state after the change.
    /// - Returns: The operations, in order.
    static func operations(for change: EngineChange, in engine: MeteorEngine)
        -> [JournalOperation]
    {
        let changes = change.record.changes
        let undo = change.direction == .undo
        var simple = true
        var touchesScratch = false
        for item in changes {
            switch item.scope {
            case .entry:
                if undo, let entry = item.entryChanges.first, entry.before != nil,
                    entry.after == nil
                {
                    simple = false
                }
            case .scratch:
                touchesScratch = true
            default:
                simple = false
            }
        }
        var operations: [JournalOperation] = []
        if simple {
            let ordered = undo ? changes.reversed() : changes
            for item in ordered {
                guard case .entry(let address) = item.scope, let entry = item.entryChanges.first
                else { continue }
                if let value = undo ? entry.before : entry.after {
                    operations.append(.set(address: address, value: value))
                } else {
                    operations.append(.delete(address: address))
                }
            }
        } else {
            operations += snapshots(of: changes, in: engine)
        }
        if touchesScratch {
            operations.append(
                .scratch(notes: engine.scratch.map { ScratchNote($0.name, $0.value) }))
        }
        return operations
    }

    private static func snapshots(of changes: [HistoryChange], in engine: MeteorEngine)
        -> [JournalOperation]
    {
        var storage = false
        var contexts: [Context] = []
        var namespaces: [(Context, Namespace)] = []
        func touch(_ context: Context, _ namespace: Namespace) {
            if !namespaces.contains(where: { $0 == context && $1 == namespace }) {
                namespaces.append((context, namespace))
            }
        }
        for item in changes {
            switch item.scope {
            case .entry(let address): touch(address.context, address.namespace)
            case .rename(let from, let to):
                touch(from.context, from.namespace)
                touch(to.context, to.namespace)
            case .namespace(let context, let namespace): touch(context, namespace)
            case .context(let context): if !contexts.contains(context) { contexts.append(context) }
            case .storage: storage = true
            case .scratch: break
            }
        }
        if storage { return [.storage(entries: Array(engine.entries))] }
        var operations: [JournalOperation] = []
        for context in contexts {
            var entries: [Entry] = []
            for namespace in engine.namespaces(in: context) {
                entries += engine.entries(in: context, namespace)
            }
            operations.append(.context(context: context, entries: entries))
        }
        for (context, namespace) in namespaces where !contexts.contains(context) {
            operations.append(
                .namespace(
                    context: context, namespace: namespace,
                    entries: Array(engine.entries(in: context, namespace))))
        }
        return operations
    }

    /// Applies operations to an engine through its unrecorded library calls (scratch slots
    /// through commands, since they have no library setter).
    ///
    /// - Parameters:
    ///   - operations: The operations, in order.
    ///   - engine: The engine.
    /// - Throws: The engine's error when a value no longer fits the limits.
    static func replay(_ operations: [JournalOperation], onto engine: MeteorEngine)
        throws(MeteorError)
    {
        for operation in operations {
            switch operation {
            case .set(let address, let value):
                try engine.set(address, value)
            case .delete(let address):
                engine.delete(.key(address))
            case .namespace(let context, let namespace, let entries):
                engine.delete(.namespace(context, namespace))
                for entry in entries { try engine.set(entry.address, entry.value) }
            case .context(let context, let entries):
                engine.delete(.context(context))
                for entry in entries { try engine.set(entry.address, entry.value) }
            case .storage(let entries):
                for context in engine.contexts { engine.delete(.context(context)) }
                for entry in entries { try engine.set(entry.address, entry.value) }
            case .scratch(let notes):
                if !engine.scratch.isEmpty { try engine.execute(.scratchClearAll) }
                for note in notes {
                    try engine.execute(.scratchSet(name: note.name, value: note.value))
                }
            }
        }
    }
}
