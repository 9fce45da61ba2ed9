/// The narrow seam between the app and a terminal: size, raw mode, events and frames.
///
/// ``InMemoryTerminal`` implements it for tests and benchmarks; `NCursesTerminal` (in
/// `MeteorCurses`) for real terminals. Diffing happens above or inside the backend; the app
/// always presents whole frames.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// Takes over the terminal: raw input, alternate screen, hidden cursor. Entering again
    /// while entered does nothing (a loading screen may enter before the app).
    ///
    /// - Throws: When the terminal cannot be used (not a tty, unknown terminal type).
    func enter() throws

    /// Gives the terminal back in the state it was found. Safe to call twice.
    func leave()

    /// Waits for the next event.
    ///
    /// - Parameter timeout: How long to wait; nil waits indefinitely.
    /// - Returns: The event, or nil when the timeout passed.
    func nextEvent(timeout: Duration?) -> InputEvent?

    /// Shows a frame. Cells that did not change since the last frame need not be redrawn.
    ///
    /// - Parameters:
    ///   - frame: The whole screen.
    ///   - cursor: Where to show the text cursor, or nil to hide it.
    func present(_ frame: ScreenBuffer, cursor: (column: Int, row: Int)?)

    /// Leaves the screen temporarily (to run `$EDITOR`), runs `body`, then takes the screen
    /// back and redraws everything on the next frame.
    ///
    /// - Parameter body: The work to run with the terminal in its normal mode.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    func suspended<T>(_ body: () throws -> T) rethrows -> T

    // MARK: Job control and redraw
    /// How the terminal cuts text into cells; frames are laid out with it.
    var cellLayout: CellLayout { get }

    /// Gives the terminal back to the shell and stops the program, as Ctrl-Z does in a
    /// cooked terminal; returns when the shell continues it (`fg`), with the screen taken
    /// back and redrawn in full on the next frame.
    ///
    /// - Returns: False when the program cannot be stopped (its shell has no job control,
    ///   so nothing could continue it); the screen is then left as it was.
    func suspendProcess() -> Bool

    /// Forgets what the screen shows, so the next frame is drawn in full (Ctrl-L, after
    /// another program wrote over the screen).
    func invalidate()
}
