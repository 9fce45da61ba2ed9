public import MeteorFormat

/// Work the reducer asks the run loop to do: anything that touches files, the terminal or
/// another process.
public enum Effect: Sendable, Hashable {
    /// Save the document; `force` overwrites a file that changed on disk.
    case save(force: Bool)
    /// Reload the document from disk, dropping unsaved changes.
    case reload
    /// Open `$VISUAL`/`$EDITOR` on a value.
    case editExternally(Address, String)
    /// Stop the app.
    case quit
    /// Forget the unsaved changes (their crash journal goes), before quitting without saving.
    case discardChanges
    /// Ring the terminal bell (an unbound key).
    case bell
    /// Stop the program until the shell continues it (Ctrl-Z).
    case suspend
    /// Draw the whole screen again (Ctrl-L).
    case redraw

    // MARK: Drawer panes
    /// Open `$VISUAL`/`$EDITOR` on a scratch note, as ``editExternally(_:_:)`` does for values.
    case editScratchExternally(name: String, value: String)
    // MARK: Command line and copy
    /// Run a `:` command line through the ``CommandService``.
    case runCommand(String)
    /// Put text on the clipboard; `what` names it for the status line.
    case copy(String, what: String)
    // MARK: Save as
    /// Save to another file, which becomes the document's file; `overwrite` replaces a file
    /// that exists there.
    case saveAs(path: String, overwrite: Bool)
}
