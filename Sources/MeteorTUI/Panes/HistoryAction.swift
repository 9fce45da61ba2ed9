/// What the keys of the history pane ask for.
public enum HistoryAction: Sendable, Hashable {
    /// Show only failed commands, or every command again.
    case toggleFailedOnly
    /// Open the selected record's before and after.
    case inspect
    /// Undo every change newer than the selected record (or redo up to an undone one).
    case jumpHere
}
