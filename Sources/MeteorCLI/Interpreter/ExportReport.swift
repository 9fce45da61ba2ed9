/// What `export` wrote: the namespace, the folder and the files.
public struct ExportReport: Sendable, Hashable {
    /// The exported namespace as `ctx:ns`.
    public var namespace: String
    /// The folder written to.
    public var directory: String
    /// The files written, relative to the folder.
    public var files: [String]
    /// What the export left of the previous one, and why (see ``ExportOutcome/notes``).
    public var notes: [String]

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - namespace: The namespace.
    ///   - directory: The folder.
    ///   - files: The files.
    ///   - notes: Old files kept, and why.
    public init(namespace: String, directory: String, files: [String], notes: [String] = []) {
        self.namespace = namespace
        self.directory = directory
        self.files = files
        self.notes = notes
    }
}
