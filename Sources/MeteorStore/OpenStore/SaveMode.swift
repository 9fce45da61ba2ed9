/// How ``OpenStore/save(_:)`` treats the file on disk.
public enum SaveMode: Sendable, Hashable {
    /// Refuse with ``DiagnosticKind/documentChanged`` when the file changed since it was
    /// loaded or last saved; skip the write when nothing changed.
    case safe
    /// Replace the file whatever it holds now: the caller chose to overwrite.
    case overwrite
}

/// What a save did.
public enum SaveResult: Sendable, Hashable {
    /// The file was replaced atomically.
    case written(FileFingerprint)
    /// The file already held exactly these bytes; nothing was written (no mtime change).
    case unchanged
}
