/// What a stored file looked like when it was last read or written: its size, modification
/// time and SHA-256, used to notice that someone else changed it (SPEC §11).
public struct FileFingerprint: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The size in bytes.
    public var size: Int
    /// The modification time in nanoseconds since the epoch (a logical clock in memory).
    public var modified: Int64
    /// The SHA-256 of the content, as 64 lowercase hex digits.
    public var sha256: String

    /// Creates a fingerprint from its parts.
    ///
    /// - Parameters:
    ///   - size: The size in bytes.
    ///   - modified: The modification time in nanoseconds.
    ///   - sha256: The content hash in lowercase hex.
    public init(size: Int, modified: Int64, sha256: String) {
        self.size = size
        self.modified = modified
        self.sha256 = sha256
    }

    /// Whether two fingerprints describe the same content.
    ///
    /// The modification time is left out on purpose: a `touch` or a rewrite of identical
    /// bytes loses nobody's work, so it must not block a save.
    ///
    /// - Parameter other: The other fingerprint.
    /// - Returns: Whether size and hash agree.
    public func sameContent(as other: FileFingerprint) -> Bool {
        size == other.size && sha256 == other.sha256
    }

    /// A short form for messages: size and the first hash digits.
    public var description: String { "\(size) bytes, sha256 \(sha256.prefix(12))…" }
}
