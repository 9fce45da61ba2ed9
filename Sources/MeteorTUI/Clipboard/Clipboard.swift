/// Where `y` and `Y` put text: the terminal's clipboard, or nowhere outside the app.
///
/// ``TerminalClipboard`` writes an OSC 52 sequence through the terminal (which works over SSH
/// and, with `set-clipboard on`, inside tmux); ``InMemoryClipboard`` records copies for tests.
/// The app keeps its own register as well, so a copy is never lost.
public protocol Clipboard: AnyObject {
    /// Puts text on the clipboard.
    ///
    /// - Parameter text: The text.
    /// - Returns: Whether the text was sent to a clipboard outside the app; false when this
    ///   clipboard cannot reach one (no terminal, text too long).
    func copy(_ text: String) -> Bool
}
