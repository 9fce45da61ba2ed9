/// Where the REPL reads its lines from: the terminal, a pipe, or a script in a test.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing a prompt first when the reader is interactive.
    ///
    /// - Parameter prompt: The prompt, such as `app:ui> `.
    /// - Returns: The line without its line break, or nil at the end of input.
    func readLine(prompt: String) -> String?
}
