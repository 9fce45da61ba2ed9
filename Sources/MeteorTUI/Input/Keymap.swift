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
    public static let standard = Keymap(bindings: [
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
        KeyBinding([.character(" ")], .activate, help: "expand or collapse"),
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
        KeyBinding([.function(1)], .toggleHelp, help: "help", isHint: true),
        KeyBinding([.character("q")], .quit, help: "quit", isHint: true),
        // Command line and copy
        KeyBinding([.character(":")], .openCommandLine, help: "command line", isHint: true),
        KeyBinding([.character("y")], .copyValue, help: "copy the value"),
        KeyBinding([.character("Y")], .copyPath, help: "copy the full path"),
        KeyBinding([.escape], .cancel, scope: .help, help: "close help"),
        KeyBinding([.character("q")], .cancel, scope: .help, help: "close help"),
        KeyBinding([.function(1)], .cancel, scope: .help, help: "close help"),
        KeyBinding([.down], .move(.down), scope: .help, help: "scroll down"),
        KeyBinding([.up], .move(.up), scope: .help, help: "scroll up"),
        // Structural edits (docs/tui.md "Structural edits").
        KeyBinding([.character("r")], .renameKey, help: "rename key"),
        KeyBinding([.character("m")], .moveNamespace, help: "move or rename namespace"),
        KeyBinding([.character("c")], .copyNamespace, help: "copy namespace to a context"),
        KeyBinding([.character("C")], .compareNamespace, help: "compare namespace in two contexts"),
        KeyBinding([.character("j")], .move(.down), scope: .compare, help: "compare: next row"),
        KeyBinding([.down], .move(.down), scope: .compare, help: "compare: next row"),
        KeyBinding([.character("k")], .move(.up), scope: .compare, help: "compare: previous row"),
        KeyBinding([.up], .move(.up), scope: .compare, help: "compare: previous row"),
        KeyBinding([.pageDown], .move(.pageDown), scope: .compare, help: "compare: page down"),
        KeyBinding([.pageUp], .move(.pageUp), scope: .compare, help: "compare: page up"),
        KeyBinding(
            [.character("g"), .character("g")], .move(.top), scope: .compare,
            help: "compare: first row"),
        KeyBinding([.character("G")], .move(.bottom), scope: .compare, help: "compare: last row"),
        KeyBinding(
            [.character("]")], .nextDifference(forward: true), scope: .compare,
            help: "compare: next difference"),
        KeyBinding(
            [.character("[")], .nextDifference(forward: false), scope: .compare,
            help: "compare: previous difference"),
        KeyBinding(
            [.character(">")], .copyAcross(.leftToRight), scope: .compare,
            help: "compare: copy value to the right"),
        KeyBinding(
            [.character("<")], .copyAcross(.rightToLeft), scope: .compare,
            help: "compare: copy value to the left"),
        KeyBinding(
            [.character("u")], .undo, scope: .compare, help: "compare: revert the last change"),
        KeyBinding(
            [.control("r")], .redo, scope: .compare, help: "compare: re-apply a reverted change"),
        KeyBinding([.escape], .cancel, scope: .compare, help: "compare: close"),
        KeyBinding([.character("q")], .cancel, scope: .compare, help: "compare: close"),

        // MARK: Drawer panes (history, scratch, workspace); Keymap+Panes.swift resolves them
        KeyBinding([.character("H")], .togglePane(.history), help: "history pane"),
        KeyBinding([.character("S")], .togglePane(.scratch), help: "scratch notes pane"),
        KeyBinding([.character("W")], .togglePane(.workspace), help: "workspace debug pane"),
        KeyBinding(
            [.enter], .history(.inspect), scope: .history, help: "history: inspect before/after",
            isHint: true),
        KeyBinding(
            [.character("i")], .history(.inspect), scope: .history,
            help: "history: inspect before/after"),
        KeyBinding(
            [.character("x")], .history(.toggleFailedOnly), scope: .history,
            help: "history: only failed commands", isHint: true),
        KeyBinding(
            [.character("U")], .history(.jumpHere), scope: .history,
            help: "history: undo back to here", isHint: true),
        KeyBinding([.escape], .leavePane, scope: .history, help: "history: back to the tree"),
        KeyBinding(
            [.character("a")], .scratch(.add), scope: .scratch, help: "scratch: new note",
            isHint: true),
        KeyBinding(
            [.character("e")], .scratch(.edit), scope: .scratch, help: "scratch: edit note",
            isHint: true),
        KeyBinding([.enter], .scratch(.edit), scope: .scratch, help: "scratch: edit note"),
        KeyBinding(
            [.character("E")], .scratch(.editExternal), scope: .scratch,
            help: "scratch: edit note in $EDITOR", isHint: true),
        KeyBinding(
            [.character("d")], .scratch(.delete), scope: .scratch, help: "scratch: delete note",
            isHint: true),
        KeyBinding([.escape], .leavePane, scope: .scratch, help: "scratch: back to the tree"),
        KeyBinding(
            [.escape], .leavePane, scope: .workspace, help: "workspace: back to the tree"),
    ] + searchBindings)
}
