/// One reversible step recorded while a command runs.
///
/// Applying `before` states in reverse order undoes a command exactly, order included; applying
/// `after` states in order redoes it.
enum Change: Sendable {
    /// One key: its value before and after (nil = absent) and its insertion stamp, which
    /// fixes its position.
    case entry(Address, before: String?, after: String?, stamp: Int)
    /// A key renamed in place, with its value (kept for inspection).
    case rename(Context, Namespace, from: Key, to: Key, value: String)
    /// A whole namespace replaced (clear, delete, import, move, copy).
    case namespace(Context, Namespace, before: NamespaceStore?, after: NamespaceStore?)
    /// A whole context replaced.
    case context(Context, before: Storage.ContextSnapshot?, after: Storage.ContextSnapshot?)
    /// All data replaced (`reset storage`).
    case storage(before: Storage, after: Storage)
    /// The scratch slots replaced.
    case scratch(before: ScratchSlots, after: ScratchSlots)

    /// Whether the change touches entries (as opposed to scratch slots).
    var isData: Bool {
        if case .scratch = self { return false }
        return true
    }
}
