/// The names config files give actions: `save`, `move-down`, `command-line`.
///
/// A table rather than a `switch`, so a feature adds its actions with one line each.
public enum ActionName {
    /// Every action a config file can bind in the browse scope, by name.
    public static let table: [String: Action] = [
        "move-down": .move(.down), "move-up": .move(.up),
        "first-row": .move(.top), "last-row": .move(.bottom),
        "page-down": .move(.pageDown), "page-up": .move(.pageUp),
        "half-page-down": .move(.halfPageDown), "half-page-up": .move(.halfPageUp),
        "expand": .expand, "collapse": .collapse, "parent": .parent, "activate": .activate,
        "expand-all": .expandAll, "collapse-all": .collapseAll,
        "expand-level-1": .expandToLevel(1), "expand-level-2": .expandToLevel(2),
        "expand-level-3": .expandToLevel(3),
        "switch-pane": .focusNext, "wrap": .toggleWrap, "line-numbers": .toggleLineNumbers,
        "edit": .editInline, "edit-external": .editExternal, "add": .addKey,
        "delete": .delete, "undo": .undo, "redo": .redo,
        "save": .save, "quit": .quit, "help": .toggleHelp, "message-log": .messageLog,
        "suspend": .suspend, "redraw": .redraw,
        // Command line and copy
        "command-line": .openCommandLine, "copy-value": .copyValue, "copy-path": .copyPath,
        // Structural edits
        "rename-key": .renameKey, "move-namespace": .moveNamespace,
        "copy-namespace": .copyNamespace, "compare-namespace": .compareNamespace,
        // Drawer panes
        "history-pane": .togglePane(.history), "scratch-pane": .togglePane(.scratch),
        "workspace-pane": .togglePane(.workspace),
        // Search, filter and fuzzy jump
        "search-forward": .search(.forward), "search-backward": .search(.backward),
        "search-next": .searchNext, "search-previous": .searchPrevious,
        "filter": .editFilter, "clear-filter": .clearFilter, "fuzzy-jump": .fuzzyJump,
    ]

    /// The name of an action, if it has one.
    ///
    /// - Parameter action: The action.
    /// - Returns: Its name.
    public static func name(of action: Action) -> String? {
        table.first { $0.value == action }?.key
    }
}
