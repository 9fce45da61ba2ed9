/// A file written together with a document, under the document's lock: its path and bytes.
public struct StoredCompanion: Sendable, Hashable {
    /// The companion's path.
    public var path: String
    /// Its content.
    public var bytes: [UInt8]

    /// Creates a companion.
    ///
    /// - Parameters:
    ///   - path: The path.
    ///   - bytes: The content.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
