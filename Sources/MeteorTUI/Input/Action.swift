/// Everything a key can ask the app to do.
///
/// The ``Keymap`` maps keys to actions; the reducer performs them.
public enum Action: Sendable, Hashable {
    // MARK: Tree
    /// Move the selection of the focused pane.
    case move(Motion)
    /// Expand the selected node, or step into it.
    case expand
    /// Collapse the selected node, or go to its parent.
    case collapse
    /// Select the parent node.
    case parent
    /// Expand or collapse the selected node; edit a key.
    case activate
    /// Expand every node.
    case expandAll
    /// Collapse every node.
    case collapseAll
    /// Expand nodes down to a level (1 = contexts).
    case expandToLevel(Int)

    // MARK: Panes
    /// Move focus to the next pane.
    case focusNext
    /// Toggle wrapping in the value pane.
    case toggleWrap
    /// Toggle line numbers in the value pane.
    case toggleLineNumbers

    // MARK: Editing
    /// Edit the selected value inline.
    case editInline
    /// Edit the selected value in `$VISUAL`/`$EDITOR`.
    case editExternal
    /// Add a key at the selected namespace.
    case addKey
    /// Delete the selected key, namespace or context (asks first).
    case delete
    /// Undo the last change.
    case undo
    /// Redo the last undone change.
    case redo

    // MARK: App
    /// Save the document.
    case save
    /// Quit (asks when there are unsaved changes).
    case quit
    /// Show or hide the help overlay.
    case toggleHelp
    /// Close a dialog or overlay, or cancel input.
    case cancel
    /// Stop the program and give the terminal back to the shell until `fg` (Ctrl-Z).
    case suspend
    /// Draw the whole screen again (Ctrl-L).
    case redraw

    // MARK: Structural edits
    /// Rename the selected key (asks for the name, then previews).
    case renameKey
    /// Move or rename the selected namespace (asks for the target, then previews).
    case moveNamespace
    /// Copy the selected namespace to another context (asks, then previews).
    case copyNamespace
    /// Compare the selected namespace with the same namespace in another context.
    case compareNamespace
    /// In the compare view: copy the selected value to the other side.
    case copyAcross(CompareState.Direction)
    /// In the compare view: select the next (true) or previous row whose sides differ.
    case nextDifference(forward: Bool)
    // MARK: Drawer panes (history, scratch, workspace)
    /// Open a drawer pane and focus it, or close it.
    case togglePane(Pane)
    /// Leave a drawer pane: focus goes back to the tree.
    case leavePane
    /// An action of the history pane.
    case history(HistoryAction)
    /// An action of the scratch pane.
    case scratch(ScratchAction)
    // MARK: Command line and copy
    /// Open the `:` command line.
    case openCommandLine
    /// Copy the selected value to the clipboard.
    case copyValue
    /// Copy the selected node's full path to the clipboard.
    case copyPath
    // MARK: Search
    /// Start an incremental search over keys.
    case search(SearchDirection)
    /// Go to the next hit of the last search, in its direction.
    case searchNext
    /// Go to the previous hit of the last search.
    case searchPrevious
    /// Open the filter field (on the current filter, if any).
    case editFilter
    /// Remove the filter.
    case clearFilter
    /// Open the fuzzy jump palette.
    case fuzzyJump
    /// In the search field: search values instead of keys, or back.
    case toggleSearchValues
    /// In a search, filter or jump field: keep the result and close the field.
    case acceptSearch
    // MARK: Dialogs, fields and messages
    /// In a dialog or field: apply, go on, or run (Enter, `y`).
    case confirm
    /// In a dialog: one of its other answers (save, discard, reload, …).
    case choose(DialogChoice)
    /// In the `:` line: complete the word at the cursor, forward or backward.
    case complete(forward: Bool)
    /// In the `:` line: show an older (true) or newer line of the session's history.
    case recall(older: Bool)
    /// In the `:` line: insert the text `y` or `Y` copied last.
    case pasteRegister
    /// Open the log of recent status messages.
    case messageLog
}
