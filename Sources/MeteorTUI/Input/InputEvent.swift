/// Everything a terminal backend can report to the app.
public enum InputEvent: Sendable, Hashable {
    /// A key press.
    case key(KeyPress)
    /// A mouse action.
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize(Size)
    /// Input ended (the terminal closed): the app must stop without losing changes.
    case endOfInput
}
