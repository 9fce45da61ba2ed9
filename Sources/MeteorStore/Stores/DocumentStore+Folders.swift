/// Folder operations for stores without symbolic links, such as ``InMemoryStore``: there
/// every path is its own resolved location.
extension DocumentStore {
    /// Replaces a file inside a folder; see the requirement.
    ///
    /// - Parameters:
    ///   - bytes: The content.
    ///   - relative: The path below `folder`.
    ///   - folder: The folder.
    /// - Throws: ``DiagnosticKind/pathOutsideFolder`` or a write error.
    public func replace(_ bytes: [UInt8], at relative: String, inside folder: String)
        throws(MeteorError)
    {
        try StorePath.checkInside(relative, folder: folder)
        let path = StorePath.join(folder, relative)
        try createDirectory(StorePath.directory(of: path))
        try write(bytes, to: path, condition: .overwrite)
    }

    /// Removes a file inside a folder when it holds the expected content.
    ///
    /// - Parameters:
    ///   - relative: The path below `folder`.
    ///   - folder: The folder.
    ///   - sha256: The hash the file must have.
    /// - Returns: What happened.
    /// - Throws: A read or remove error.
    public func remove(_ relative: String, inside folder: String, ifSHA256 sha256: String)
        throws(MeteorError) -> FileRemoval
    {
        guard StorePath.isInside(relative) else { return .kept }
        let path = StorePath.join(folder, relative)
        guard fileExists(path) else { return .absent }
        guard SHA256Hex.of(try read(path).bytes) == sha256 else { return .kept }
        try remove(path)
        return .removed
    }

    /// The path with `.` and `..` components worked out, or nil when no file or folder
    /// below it exists.
    ///
    /// - Parameter path: The path.
    /// - Returns: The normalized path.
    public func resolvedPath(_ path: String) -> String? {
        let normalized = StorePath.normalized(path)
        guard fileExists(normalized) || (try? files(under: normalized).isEmpty) == false else {
            return nil
        }
        return normalized
    }
}
