/// The save-as field of the file-changed dialog.
public struct SaveAsState: Sendable, Hashable {
    /// The path field.
    public var editor: LineEditor
    /// Why the typed path cannot be used, shown under the field.
    public var problem: String?
    /// Whether the file exists and the user is asked before it is replaced.
    public var confirmsOverwrite = false

    /// Creates the field.
    ///
    /// - Parameter path: The path to start from: the document's own file.
    public init(path: String) {
        self.editor = LineEditor(path)
    }
}
