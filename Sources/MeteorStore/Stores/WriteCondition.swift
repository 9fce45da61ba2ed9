/// What a write expects to find on disk before it replaces a file.
public enum WriteCondition: Sendable, Hashable {
    /// Replace whatever is there: the caller chose to overwrite.
    case overwrite
    /// The file must not exist yet.
    case mustNotExist
    /// The file must still hold the content this fingerprint describes.
    case unchangedSince(FileFingerprint)

    /// The condition that protects a document loaded with `fingerprint` (nil: never saved).
    ///
    /// - Parameter fingerprint: The fingerprint seen at load or last save.
    /// - Returns: ``unchangedSince(_:)`` or ``mustNotExist``.
    public static func matching(_ fingerprint: FileFingerprint?) -> WriteCondition {
        fingerprint.map { .unchangedSince($0) } ?? .mustNotExist
    }
}
