/// The answers of dialogs other than confirming (``Action/confirm``) and cancelling
/// (``Action/cancel``).
public enum DialogChoice: Sendable, Hashable {
    /// Go back and change what is being confirmed (the value, the target).
    case edit
    /// Replace what is there: the file on disk, or keys at a target.
    case overwrite
    /// Save, then quit.
    case save
    /// Throw away: the unsaved changes on quit, or the journal of the last session.
    case discard
    /// Read the file again from disk.
    case reload
    /// Save to another file.
    case saveAs
    /// Apply the journal of the last session.
    case recover
}
