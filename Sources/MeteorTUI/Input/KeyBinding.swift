/// One row of the keymap: the keys, the action, where it applies and what help says.
public struct KeyBinding: Sendable, Hashable {
    /// Where a binding applies.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// Browsing the tree and value panes.
        case browse
        /// The help overlay.
        case help
        /// The compare view of structural edits.
        case compare

        // MARK: Drawer panes
        /// The history pane, when it has focus.
        case history
        /// The scratch pane, when it has focus.
        case scratch
        /// The workspace pane, when it has focus.
        case workspace
        /// The search field (`/`, `?`).
        case search
        /// The filter field (`f`).
        case filter
        /// The fuzzy jump palette (Ctrl-P).
        case fuzzy

        // MARK: Dialogs
        /// Reviewing a changed value before it is applied.
        case review
        /// Confirming the deletion of data or of a scratch note.
        case confirmDelete
        /// Unsaved changes on quit.
        case confirmQuit
        /// The file changed on disk since it was loaded.
        case fileChanged
        /// The recovery offer at start.
        case recovery
        /// The preview of a rename, move or copy.
        case preview
        /// Confirming an undo or redo back to a history record.
        case historyJump
        /// Confirming that save-as replaces an existing file.
        case replaceFile
        /// The history detail view.
        case detail
        /// The output of a `:` command and the message log.
        case output

        // MARK: Fields
        /// Editing a value inline.
        case editField
        /// The key field of `a`.
        case addKeyField
        /// The value field of `a`.
        case addValueField
        /// The target field of a rename, move, copy or comparison.
        case structureField
        /// The path field of save-as.
        case saveAsField
        /// The name field of a new scratch note.
        case noteNameField
        /// The text field of a scratch note.
        case noteTextField
        /// The `:` command line.
        case commandLine

        /// Whether the help overlay lists the scope's keys: dialogs and fields show their
        /// own keys where they are open, so help lists the rest.
        public var isListedInHelp: Bool {
            switch self {
            case .browse, .help, .compare, .history, .scratch, .workspace, .search, .filter,
                .fuzzy:
                true
            default:
                false
            }
        }
    }

    /// The key sequence: one key, or two for chords like `gg`.
    public var keys: [KeyPress]
    /// The action.
    public var action: Action
    /// Where it applies.
    public var scope: Scope
    /// The help text.
    public var help: String
    /// Whether the hint bar shows it.
    public var isHint: Bool

    /// Creates a binding.
    ///
    /// - Parameters:
    ///   - keys: The key sequence.
    ///   - action: The action.
    ///   - scope: Where it applies.
    ///   - help: The help text.
    ///   - isHint: Whether the hint bar shows it.
    public init(
        _ keys: [KeyPress], _ action: Action, scope: Scope = .browse, help: String,
        isHint: Bool = false
    ) {
        self.keys = keys
        self.action = action
        self.scope = scope
        self.help = help
        self.isHint = isHint
    }

    /// The keys as people write them: `g g`, `Ctrl-S`.
    public var keyText: String { keys.map(\.description).joined(separator: " ") }
}
