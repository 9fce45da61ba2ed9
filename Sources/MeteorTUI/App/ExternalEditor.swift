/// Edits text outside the TUI, in `$VISUAL` or `$EDITOR`.
///
/// The app calls it inside ``TerminalBackend/suspended(_:)``, so the editor has the terminal
/// to itself. The runner that starts a real editor lives outside this target (it writes a
/// temporary file and starts a process).
public protocol ExternalEditor {
    /// Lets the user edit `text`; returns the file's content when the editor exits.
    ///
    /// - Parameters:
    ///   - text: The text to edit.
    ///   - name: A file name hint (its extension picks the editor's syntax mode).
    /// - Returns: The edited text, exactly as the editor saved it (final line break included).
    /// - Throws: ``ExternalEditorError`` when the editor could not start, failed, or was
    ///   killed.
    func edit(_ text: String, name: String) throws(ExternalEditorError) -> String
}

/// Why an external edit returned no text.
public struct ExternalEditorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What happened, for the status bar: "`vim` exited with status 1".
    public var message: String

    /// Creates an error.
    ///
    /// - Parameter message: What happened.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
