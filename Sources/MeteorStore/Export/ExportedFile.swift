/// One file of an export: a path relative to the export root and its exact bytes.
public struct ExportedFile: Sendable, Hashable {
    /// The `/`-separated path below the export root.
    public var path: String
    /// The content.
    public var bytes: [UInt8]

    /// Creates a file.
    ///
    /// - Parameters:
    ///   - path: The relative path.
    ///   - bytes: The content.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
