/// What the keys of the scratch pane ask for.
public enum ScratchAction: Sendable, Hashable {
    /// Create a note: its name, then its text.
    case add
    /// Edit the selected note inline (multi-line notes open `$EDITOR`).
    case edit
    /// Edit the selected note in `$VISUAL`/`$EDITOR`.
    case editExternal
    /// Delete the selected note (asks first).
    case delete
}
