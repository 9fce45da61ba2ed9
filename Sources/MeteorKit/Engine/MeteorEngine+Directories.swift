/// The `.index` hierarchy inside namespaces (SPEC §9): dotted keys form directories, `index`
/// is a namespace's default value and `a.index` the default of directory `a`.
extension MeteorEngine {
    /// Whether a key path names an existing entry.
    ///
    /// - Parameter path: A path in the grammar of SPEC §7.
    /// - Returns: True when the path names a key and that entry exists.
    /// - Throws: A path error.
    public func isFile(_ path: String) throws(MeteorError) -> Bool {
        guard case .key(let address) = try MeteorPath.parse(path, limits: parseLimits) else {
            return false
        }
        return storage.value(at: address) != nil
    }

    /// Whether a directory path names a directory: a namespace holding any key (`C:N`), or a
    /// prefix `P` that some key starts with as `P.` (`C:N:P`).
    ///
    /// - Parameter path: `C`, `C:`, `C:N` or `C:N:P`.
    /// - Returns: Whether it is a directory.
    /// - Throws: A path error.
    public func isDirectory(_ path: String) throws(MeteorError) -> Bool {
        let directory = try DirectoryPath(parsing: path, limits: parseLimits)
        guard let store = storage.namespace(directory.context, directory.namespace) else {
            return false
        }
        guard let prefix = directory.prefix else { return true }
        return store.directories.contains(prefix.flat)
    }

    /// The default value of a directory: `index` of a namespace (`C:N`) or `P.index`
    /// (`C:N:P`).
    ///
    /// - Parameter path: `C`, `C:`, `C:N` or `C:N:P`.
    /// - Returns: The value, or nil.
    /// - Throws: A path error.
    public func getDefault(_ path: String) throws(MeteorError) -> String? {
        let directory = try DirectoryPath(parsing: path, limits: parseLimits)
        let name = directory.prefix.map { "\($0.flat).index" } ?? "index"
        guard let key = try? Key(validating: name, limits: limits) else { return nil }
        return storage.value(at: Address(directory.context, directory.namespace, key))
    }

    /// Whether a directory has a default value.
    ///
    /// - Parameter path: `C`, `C:`, `C:N` or `C:N:P`.
    /// - Returns: Whether ``getDefault(_:)`` finds a value.
    /// - Throws: A path error.
    public func hasDefault(_ path: String) throws(MeteorError) -> Bool {
        try getDefault(path) != nil
    }
}
