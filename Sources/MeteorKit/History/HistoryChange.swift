/// One change a history record made, as it can be inspected (and as undo reverts it).
///
/// Small changes are kept per entry. Whole-namespace, whole-context and whole-storage
/// changes (clear, delete of a container, import, move, copy, reset) are kept as O(1)
/// snapshots; ``entryChanges`` expands them on request.
public struct HistoryChange: Sendable {
    /// What a change covers.
    public enum Scope: Sendable, Hashable {
        /// One entry.
        case entry(Address)
        /// One key renamed in place: from, to.
        case rename(Address, Address)
        /// A whole namespace.
        case namespace(Context, Namespace)
        /// A whole context.
        case context(Context)
        /// All data.
        case storage
        /// The scratch slots.
        case scratch
    }

    let change: Change

    init(_ change: Change) { self.change = change }

    /// What the change covers.
    public var scope: Scope {
        switch change {
        case .entry(let address, _, _, _): .entry(address)
        case .rename(let context, let namespace, let from, let to, _):
            .rename(Address(context, namespace, from), Address(context, namespace, to))
        case .namespace(let context, let namespace, _, _): .namespace(context, namespace)
        case .context(let context, _, _): .context(context)
        case .storage: .storage
        case .scratch: .scratch
        }
    }

    /// The entries the change touched, each with its value before and after, in order.
    ///
    /// - Complexity: O(1) for entry changes; O(n) in the entries of a snapshot change.
    public var entryChanges: [EntryChange] {
        switch change {
        case .entry(let address, let before, let after, _):
            return [EntryChange(address: address, before: before, after: after)]
        case .rename(let context, let namespace, let from, let to, let value):
            return [
                EntryChange(address: Address(context, namespace, from), before: value, after: nil),
                EntryChange(address: Address(context, namespace, to), before: nil, after: value),
            ]
        case .namespace(let context, let namespace, let before, let after):
            return Self.diff(
                EntrySequence(namespace: before, context: context, namespaceName: namespace),
                EntrySequence(namespace: after, context: context, namespaceName: namespace))
        case .context(let context, let before, let after):
            return Self.diff(
                EntrySequence(context: before, name: context),
                EntrySequence(context: after, name: context))
        case .storage(let before, let after):
            return Self.diff(EntrySequence(storage: before), EntrySequence(storage: after))
        case .scratch:
            return []
        }
    }

    /// The scratch slots before and after, for a scratch change; nil otherwise.
    public var scratch: (before: ScratchSlots, after: ScratchSlots)? {
        if case .scratch(let before, let after) = change { return (before, after) }
        return nil
    }

    private static func diff(_ before: EntrySequence, _ after: EntrySequence) -> [EntryChange] {
        var changes: [EntryChange] = []
        var position: [Address: Int] = [:]
        for entry in before {
            position[entry.address] = changes.count
            changes.append(EntryChange(address: entry.address, before: entry.value, after: nil))
        }
        for entry in after {
            if let index = position[entry.address] {
                changes[index].after = entry.value
            } else {
                changes.append(EntryChange(address: entry.address, before: nil, after: entry.value))
            }
        }
        return changes
    }
}
