/// One replayable step of a journal record: the state it leaves, not the command that led
/// there, so replay needs no history and reproduces order exactly.
enum JournalOperation: Codable, Hashable, Sendable {
    /// A key now holds a value (a new key goes to the end of its namespace).
    case set(address: Address, value: String)
    /// A key is gone.
    case delete(address: Address)
    /// A namespace now holds exactly these entries, in this order.
    case namespace(context: Context, namespace: Namespace, entries: [Entry])
    /// A context now holds exactly these entries, in this order.
    case context(context: Context, entries: [Entry])
    /// All data is now exactly these entries, in this order.
    case storage(entries: [Entry])
    /// The scratch slots are now exactly these, in this order.
    case scratch(notes: [ScratchNote])
}
