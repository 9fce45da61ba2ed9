/// The data a command produced, before it is formatted as text, JSON or debug output.
///
/// Every case has one text form and one JSON shape, documented in docs/cli.md.
public enum CommandOutput: Sendable {
    /// Nothing to print.
    case nothing
    /// One entry whose value is the answer (`get KEY`).
    case value(Entry)
    /// Entries in listing order (`list`, `find`, `get` of a namespace or context).
    case entries([Entry])
    /// Whether a path exists (`exists`).
    case existence(path: String, exists: Bool)
    /// Context names (`contexts`).
    case contexts([Context])
    /// The namespaces of a context (`namespaces`).
    case namespaces(Context, [Namespace])
    /// One aggregated meteor (`meteor CTX NS`).
    case meteor(Meteor)
    /// The whole store as a document (`dump`).
    case document(entries: [Entry], scratch: [ScratchNote])
    /// What a mutation did (`set`, `delete`, `rename`, `move`, `copy`, `parse`, `reset`,
    /// `undo`, `redo`, `cursor`, `scratch set|append|rm`, `import`).
    case change(ChangeReport)
    /// The outcome of `validate`.
    case validation(ValidationReport)
    /// The tokens of a stream (`token`).
    case tokens([TokenReport])
    /// A page of history records (`history`).
    case history(HistoryPage)
    /// The cursor (`cursor`).
    case cursor(Cursor)
    /// Scratch slots in order (`scratch list`).
    case scratchSlots([ScratchNote])
    /// One scratch slot (`scratch get`).
    case scratchSlot(ScratchNote)
    /// The active profile and its limits (`config`).
    case config(Limits)
    /// What an export wrote (`export`).
    case export(ExportReport)
    /// Lines of plain text.
    case text(String)
}
