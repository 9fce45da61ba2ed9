/// The single table from keys to actions.
///
/// The help overlay and the hint bar are generated from it, so they can never disagree with
/// what the keys do.
public struct Keymap: Sendable, Hashable {
    /// Every binding, in help order.
    public var bindings: [KeyBinding]

    /// Creates a keymap.
    ///
    /// - Parameter bindings: The bindings.
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// What a key sequence does in a scope.
    public enum Resolution: Sendable, Hashable {
        /// The sequence names an action.
        case action(Action)
        /// The sequence is the start of a longer binding (`g` of `gg`); wait for more.
        case pending
        /// Nothing is bound.
        case unbound
    }

    /// Resolves the keys typed so far.
    ///
    /// - Parameters:
    ///   - keys: The pending keys plus the new one.
    ///   - scope: Where the keys were typed.
    /// - Returns: The action, `pending`, or `unbound`.
    public func resolve(_ keys: [KeyPress], in scope: KeyBinding.Scope) -> Resolution {
        var isPrefix = false
        for binding in bindings where binding.scope == scope {
            if binding.keys == keys { return .action(binding.action) }
            if binding.keys.count > keys.count, Array(binding.keys.prefix(keys.count)) == keys {
                isPrefix = true
            }
        }
        return isPrefix ? .pending : .unbound
    }

    /// The bindings the hint bar shows.
    public var hints: [KeyBinding] { bindings.filter(\.isHint) }

    /// The default keys, modelled on vi, less and lazygit.
    public static let standard = Keymap(
        bindings: browseBindings + commandLineBindings + helpBindings + structureBindings
            + paneBindings + searchBindings + dialogBindings + fieldBindings)

    /// Moving, folding, editing, saving: the keys of the tree and value panes.
    static let browseBindings: [KeyBinding] = [
        KeyBinding([.character("j")], .move(.down), help: "move down"),
        KeyBinding([.down], .move(.down), help: "move down"),
        KeyBinding([.character("k")], .move(.up), help: "move up"),
        KeyBinding([.up], .move(.up), help: "move up"),
        KeyBinding([.character("l")], .expand, help: "expand, or step into"),
        KeyBinding([.right], .expand, help: "expand, or step into"),
        KeyBinding([.character("h")], .collapse, help: "collapse, or go to parent"),
        KeyBinding([.left], .collapse, help: "collapse, or go to parent"),
        KeyBinding([.character("p")], .parent, help: "go to parent"),
        KeyBinding([.character("g"), .character("g")], .move(.top), help: "first row"),
        KeyBinding([.home], .move(.top), help: "first row"),
        KeyBinding([.character("G")], .move(.bottom), help: "last row"),
        KeyBinding([.end], .move(.bottom), help: "last row"),
        KeyBinding([.pageDown], .move(.pageDown), help: "page down"),
        KeyBinding([.pageUp], .move(.pageUp), help: "page up"),
        KeyBinding([.control("d")], .move(.halfPageDown), help: "half page down"),
        KeyBinding([.control("u")], .move(.halfPageUp), help: "half page up"),
        KeyBinding([.character(" ")], .activate, help: "expand or collapse, or edit a key"),
        KeyBinding([.character("*")], .expandAll, help: "expand all"),
        KeyBinding([.character("-")], .collapseAll, help: "collapse all"),
        KeyBinding([.character("1")], .expandToLevel(1), help: "expand to contexts"),
        KeyBinding([.character("2")], .expandToLevel(2), help: "expand to level 2"),
        KeyBinding([.character("3")], .expandToLevel(3), help: "expand to level 3"),
        KeyBinding([.tab], .focusNext, help: "switch pane", isHint: true),
        KeyBinding([.character("z")], .toggleWrap, help: "wrap long lines"),
        KeyBinding([.character("#")], .toggleLineNumbers, help: "line numbers"),
        KeyBinding([.character("e")], .editInline, help: "edit value", isHint: true),
        KeyBinding([.enter], .activate, help: "edit value, or expand"),
        KeyBinding([.character("E")], .editExternal, help: "edit in $EDITOR"),
        KeyBinding([.character("a")], .addKey, help: "add key", isHint: true),
        KeyBinding([.character("d")], .delete, help: "delete", isHint: true),
        KeyBinding([.character("u")], .undo, help: "undo", isHint: true),
        KeyBinding([.control("r")], .redo, help: "redo"),
        KeyBinding([.character("w")], .save, help: "save", isHint: true),
        KeyBinding([.control("s")], .save, help: "save"),
        // `?` as in lazygit, k9s and htop: F1 is taken by many terminals (GNOME Terminal).
        KeyBinding([.character("?")], .toggleHelp, help: "help", isHint: true),
        KeyBinding([.function(1)], .toggleHelp, help: "help"),
        KeyBinding([.character("M")], .messageLog, help: "message log"),
        KeyBinding([.character("q")], .quit, help: "quit", isHint: true),
        KeyBinding([.control("z")], .suspend, help: "suspend to the shell (fg resumes)"),
        KeyBinding([.control("l")], .redraw, help: "redraw the screen"),
    ]

    /// The help overlay's own keys; those on printable characters apply until a filter is
    /// typed, from then on they are filter text.
    static let helpBindings: [KeyBinding] = [
        KeyBinding([.escape], .cancel, scope: .help, help: "close help", isHint: true),
        KeyBinding([.character("q")], .cancel, scope: .help, help: "close help", isHint: true),
        KeyBinding([.character("?")], .cancel, scope: .help, help: "close help", isHint: true),
        KeyBinding([.function(1)], .cancel, scope: .help, help: "close help", isHint: true),
        KeyBinding(
            [.control("u")], .clearFilter, scope: .help, help: "clear the filter", isHint: true),
        KeyBinding([.down], .move(.down), scope: .help, help: "scroll down", isHint: true),
        KeyBinding([.up], .move(.up), scope: .help, help: "scroll up", isHint: true),
        KeyBinding([.pageDown], .move(.pageDown), scope: .help, help: "page down", isHint: true),
        KeyBinding([.pageUp], .move(.pageUp), scope: .help, help: "page up", isHint: true),
    ]
}
