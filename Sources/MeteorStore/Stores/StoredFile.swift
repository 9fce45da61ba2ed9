/// The bytes of a file together with the fingerprint they had when they were read.
public struct StoredFile: Sendable, Hashable {
    /// The content.
    public var bytes: [UInt8]
    /// The fingerprint of exactly these bytes.
    public var fingerprint: FileFingerprint

    /// Creates a stored file.
    ///
    /// - Parameters:
    ///   - bytes: The content.
    ///   - fingerprint: Its fingerprint.
    public init(bytes: [UInt8], fingerprint: FileFingerprint) {
        self.bytes = bytes
        self.fingerprint = fingerprint
    }
}
