extension Keymap {
    /// The drawer panes: opening them, and each pane's own keys while it has focus.
    static let paneBindings: [KeyBinding] = [
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
    ]

    /// Resolves keys typed while browsing: the focused drawer pane's own bindings first, then
    /// the browse bindings (so `j`, `u`, `q`, `Tab` and `F1` work in every pane).
    ///
    /// - Parameters:
    ///   - keys: The pending keys plus the new one.
    ///   - focus: The focused pane.
    /// - Returns: The action, `pending`, or `unbound`.
    public func resolve(_ keys: [KeyPress], focus: Pane) -> Resolution {
        if let scope = focus.keyScope {
            let own = resolve(keys, in: scope)
            if own != .unbound { return own }
        }
        return resolve(keys, in: .browse)
    }

    /// The hint bar's bindings for a pane: a drawer pane's own hints, then closing it, help
    /// and switching; the browse hints for the tree and value panes.
    ///
    /// ``choices(_:)`` drops the `history: ` label help gives them.
    ///
    /// - Parameter focus: The focused pane.
    /// - Returns: The bindings to show.
    public func hints(for focus: Pane) -> [KeyBinding] {
        guard let scope = focus.keyScope else {
            return hints.filter { $0.scope == .browse }
        }
        let own = hints.filter { $0.scope == scope }
        let close = bindings.first { $0.scope == .browse && $0.action == .togglePane(focus) }
        let closing = close.map {
            KeyBinding($0.keys, $0.action, scope: scope, help: "close", isHint: true)
        }
        let general = [Action.toggleHelp, .focusNext].compactMap { action in
            hints.first { $0.scope == .browse && $0.action == action }
        }
        return own + (closing.map { [$0] } ?? []) + general
    }
}
