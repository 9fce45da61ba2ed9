/// What ``DocumentStore/remove(_:inside:ifSHA256:)`` did with a file.
public enum FileRemoval: Sendable, Hashable {
    /// It held the expected content and was removed.
    case removed
    /// There was nothing to remove.
    case absent
    /// It was kept: its content changed, or it is a link or a folder.
    case kept
}
