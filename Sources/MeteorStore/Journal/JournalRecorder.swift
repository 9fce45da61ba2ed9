/// Turns engine notifications into journal operations.
///
/// Every changed key becomes an ``JournalOperation/entry(address:before:after:)`` with its
/// value before and after, a rename stays a rename, and a scratch slot change becomes a
/// ``JournalOperation/scratch(name:before:after:)``. Replayed in order, these put new keys
/// last, as the engine does for plain commands; where the engine put keys elsewhere (an
/// undo that brings a key back at its old place, an import, a move or copy, an undone
/// scratch removal), an order operation with the resulting order follows.
enum JournalRecorder {
    /// The operations that bring a saved state forward over `change`.
    ///
    /// - Parameters:
    ///   - change: The engine's notification.
    ///   - engine: The engine, already in the state after the change.
    /// - Returns: The operations, in order.
    /// - Complexity: O(changed keys), plus O(keys) of each namespace whose order it records.
    static func operations(for change: EngineChange, in engine: MeteorEngine)
        -> [JournalOperation]
    {
        let undo = change.direction == .undo
        let changes = undo ? Array(change.record.changes.reversed()) : change.record.changes
        var operations: [JournalOperation] = []
        var reordered: [NamespaceID] = []
        var seen: Set<NamespaceID> = []
        var scratchReordered = false
        func reorder(_ address: Address) {
            let name = NamespaceID(address.context, address.namespace)
            if seen.insert(name).inserted { reordered.append(name) }
        }
        for item in changes {
            switch item.scope {
            case .entry(let address):
                guard let entry = item.entryChanges.first else { continue }
                let (before, after) =
                    undo ? (entry.after, entry.before) : (entry.before, entry.after)
                operations.append(.entry(address: address, before: before, after: after))
                // Undo puts a removed key back at its old place, not last.
                if undo, before == nil, after != nil { reorder(address) }
            case .rename(let from, let to):
                let value = item.entryChanges.first?.before ?? ""
                operations.append(
                    undo
                        ? .rename(address: to, to: from.key, value: value)
                        : .rename(address: from, to: to.key, value: value))
            case .namespace, .context, .storage:
                for entry in item.entryChanges {
                    let (before, after) =
                        undo ? (entry.after, entry.before) : (entry.before, entry.after)
                    guard before != after else { continue }
                    operations.append(.entry(address: entry.address, before: before, after: after))
                    if after != nil { reorder(entry.address) }
                }
            case .scratch:
                guard let slots = item.scratch else { continue }
                let (before, after) =
                    undo ? (slots.after, slots.before) : (slots.before, slots.after)
                operations += scratchOperations(from: before, to: after)
                if !appendsInOrder(from: before, to: after) { scratchReordered = true }
            }
        }
        for name in reordered {
            let keys = engine.entries(in: name.context, name.namespace).map(\.key)
            if !keys.isEmpty {
                operations.append(
                    .order(context: name.context, namespace: name.namespace, keys: keys))
            }
        }
        if scratchReordered { operations.append(.scratchOrder(names: engine.scratch.list)) }
        return operations
    }

    /// One operation per slot that differs, removed and changed slots first, then new ones
    /// in their order.
    private static func scratchOperations(from before: ScratchSlots, to after: ScratchSlots)
        -> [JournalOperation]
    {
        var operations: [JournalOperation] = []
        for (name, value) in before where after.get(name) != value {
            operations.append(.scratch(name: name, before: value, after: after.get(name)))
        }
        for (name, value) in after where !before.has(name) {
            operations.append(.scratch(name: name, before: nil, after: value))
        }
        return operations
    }

    /// Whether replaying the slot operations (kept slots stay, new ones go last) gives the
    /// order `after` has.
    private static func appendsInOrder(from before: ScratchSlots, to after: ScratchSlots)
        -> Bool
    {
        let kept = before.list.filter { after.has($0) }
        let added = after.list.filter { !before.has($0) }
        return kept + added == after.list
    }
}
