public import MeteorFormat

/// What the app is doing: browsing, or one overlay, field or dialog that takes the keys.
public enum Mode: Sendable, Hashable {
    /// Browsing the tree and value panes.
    case browse
    /// The help overlay, with its filter text and scroll position.
    case help(filter: String, scrollTop: Int)
    /// Editing a value inline.
    case editing(EditState)
    /// Adding a key: first the key, then its value.
    case adding(AddState)
    /// Reviewing a change before it is applied.
    case confirmEdit(PendingEdit)
    /// Confirming a deletion.
    case confirmDelete(DeleteRequest)
    /// Unsaved changes on quit: Save, Discard or Cancel.
    case confirmQuit
    /// The file changed on disk since it was loaded: Reload, Overwrite, Save as or Cancel.
    case fileChanged
    /// A crash-recovery journal was found at start: Recover, Discard or Later.
    case recoveryOffer(count: Int)

    // MARK: Structural edits
    /// Typing the target of a rename, move, copy or comparison.
    case structureField(StructureField)
    /// Reviewing a rename, move or copy before it is applied.
    case structurePreview(StructurePreview)
    /// One namespace in two contexts side by side.
    case compare(CompareState)
    // MARK: Drawer panes (history, scratch)
    /// Inspecting one history record's before and after.
    case historyDetail(HistoryDetail)
    /// Confirming an undo (or redo) of several steps back to a history record.
    case confirmHistoryJump(HistoryJump)
    /// Naming a new scratch note or editing one inline.
    case editingScratch(ScratchEdit)
    /// Confirming the deletion of a scratch note.
    case confirmScratchDelete(name: String)
    // MARK: Command line
    /// Typing a `:` command.
    case commandLine(CommandLineState)
    /// The output of a `:` command, too long for the status bar.
    case commandOutput(CommandOutputState)
    /// The log of recent status messages (`M`, `:messages`), scrolled to a line.
    case messageLog(scrollTop: Int)
    // MARK: Save as
    /// Choosing another file to save to, from the file-changed dialog.
    case saveAs(SaveAsState)
    // MARK: Search
    /// Typing an incremental search (`/`, `?`).
    case searching(SearchField)
    /// Editing the tree filter (`f`).
    case filtering(FilterField)
    /// The fuzzy jump palette (Ctrl-P).
    case jumping(FuzzyPalette)
}

/// An inline edit in progress.
public struct EditState: Sendable, Hashable {
    /// The key being edited.
    public var address: Address
    /// The value when editing began, to detect changes made meanwhile.
    public var original: String
    /// The field.
    public var editor: LineEditor
}

/// Adding a key: `key` in the selected namespace, `ns:key` in the selected context, or
/// `ctx:ns:key`.
public struct AddState: Sendable, Hashable {
    /// The selected context, which `key` and `ns:key` are relative to.
    public var context: Context
    /// The selected namespace, which `key` is relative to.
    public var namespace: Namespace
    /// The key field.
    public var key: LineEditor
    /// The value field, once the key is accepted.
    public var value: LineEditor?
    /// The rendered diagnostic for the key typed so far, shown live under the field.
    public var problem: String?
    /// What Enter will do with the key typed so far, when it is valid.
    public var outcome: AddOutcome?
}

/// A change waiting for confirmation, with what it replaces.
public struct PendingEdit: Sendable, Hashable {
    /// Where.
    public var address: Address
    /// The value when editing began (nil for a new key).
    public var original: String?
    /// The value now in the engine, when it differs from `original`.
    public var changedMeanwhile: String?
    /// The new value.
    public var new: String
}

/// What a deletion will remove.
public struct DeleteRequest: Sendable, Hashable {
    /// The path to delete, as the engine's path grammar writes it.
    public var path: String
    /// "the key app:ui:theme", "the namespace app:ui (12 keys)".
    public var description: String
}
