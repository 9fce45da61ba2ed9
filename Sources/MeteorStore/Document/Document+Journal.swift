/// Finding a document's crash-recovery journal without opening the document.
extension Document {
    /// Whether a document has a journal of unsaved changes beside it.
    ///
    /// - Parameters:
    ///   - path: The document's path.
    ///   - store: The store holding it.
    /// - Returns: True when `path.journal` exists.
    public static func hasJournal(at path: String, in store: any DocumentStore) -> Bool {
        store.fileExists(StorePath.journal(for: path))
    }

    /// The journal's path for a document.
    ///
    /// - Parameter path: The document's path.
    /// - Returns: `path.journal`.
    public static func journalPath(for path: String) -> String { StorePath.journal(for: path) }
}
