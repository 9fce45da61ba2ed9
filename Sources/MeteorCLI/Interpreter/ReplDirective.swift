/// A word the REPL handles itself rather than passing to the command tree.
public enum ReplDirective: Sendable, Hashable {
    /// `exit` or `quit`: save if needed and leave.
    case exit
    /// `save`: write the store now; `save --force` overwrites a file changed on disk.
    case save(force: Bool)
    /// `reload`: discard unsaved changes and read the store again.
    case reload
}
