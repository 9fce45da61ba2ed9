/// Runs `:` command lines and completes them: the TUI's seam to the command interpreter.
///
/// `MeteorTUI` knows nothing of the interpreter or the store; the composition root adapts the
/// interpreter of `meteor repl` to this protocol, so the `:` line speaks the same grammar.
/// Tests use a small in-memory fake.
public protocol CommandService: AnyObject {
    /// Runs one command line against the open engine.
    ///
    /// Mutations must go through the engine's command entry point, so history, undo and the
    /// unsaved-changes marker see them.
    ///
    /// - Parameter line: The line as typed, without the `:`.
    /// - Returns: What to show, and anything the TUI itself must do (save, quit, reload).
    func run(_ line: String) -> CommandReply

    /// The candidates for the word under the cursor: command names, then paths.
    ///
    /// - Parameters:
    ///   - line: The line as typed, without the `:`.
    ///   - cursor: The cursor position, in characters.
    /// - Returns: The word's range and its candidates, sorted.
    func completions(for line: String, cursor: Int) -> CommandCompletion
}
