/// Edits text outside the TUI, in `$VISUAL` or `$EDITOR`.
public protocol ExternalEditor {
    /// Lets the user edit `text`; returns the result, or nil when the editor failed or was
    /// quit without saving.
    ///
    /// - Parameters:
    ///   - text: The text to edit.
    ///   - name: A file name hint (its extension picks the editor's syntax mode).
    /// - Returns: The edited text, or nil.
    func edit(_ text: String, name: String) -> String?
}
