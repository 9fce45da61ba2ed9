/// One step of a journal record: a change to one key or scratch slot together with the value
/// it had before, so a replay onto a file that others changed meanwhile can tell an edit that
/// applies from one that is already there and from a conflict (docs/file-format.md §7).
///
/// Replayed in order onto the file the journal started from, the steps rebuild the engine's
/// state exactly, key order included: new keys go last, as the engine puts them, and an
/// `order` step follows any command that put keys elsewhere.
enum JournalOperation: Codable, Hashable, Sendable {
    /// A key's value goes from `before` to `after`; nil means absent. A new key goes last in
    /// its namespace.
    case entry(address: Address, before: String?, after: String?)
    /// A key holding `value` is renamed in place, keeping its position.
    case rename(address: Address, to: Key, value: String)
    /// The namespace's keys are now in this order (after an undo brought keys back at their
    /// old places, or an import, move or copy set the order).
    case order(context: Context, namespace: Namespace, keys: [Key])
    /// A scratch slot goes from `before` to `after`; nil means absent. A new slot goes last.
    case scratch(name: String, before: String?, after: String?)
    /// The scratch slots are now in this order.
    case scratchOrder(names: [String])
}
