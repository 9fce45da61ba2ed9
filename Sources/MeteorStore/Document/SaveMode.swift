/// How ``Document/save(_:)`` treats the file on disk.
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

/// A crash journal found when a document was opened: changes that were acknowledged but
/// never saved.
public struct JournalRecovery: Sendable, Hashable {
    /// How many recorded commands the journal holds.
    public var recordCount: Int
    /// Whether the journal starts from the file as it is on disk now.
    ///
    /// When false the file was saved or edited elsewhere after the journal began, and
    /// replaying is refused unless forced.
    public var baseMatches: Bool
    /// The journal's path.
    public var path: String
}
