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
