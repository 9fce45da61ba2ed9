/// Reads lines from standard input, showing the prompt on stdout only when stdin is a
/// terminal, so piped scripts produce clean output.
///
/// This is a plain reader without line editing: Debian's libedit-dev is not installed on
/// the build machines and linking GNU readline would need a system-library target.
public final class StandardLineReader: LineReader {
    /// Whether prompts are shown.
    public let showsPrompt: Bool

    /// Creates a reader.
    ///
    /// - Parameter showsPrompt: Whether to show prompts; by default when stdin is a terminal.
    public init(showsPrompt: Bool? = nil) {
        self.showsPrompt = showsPrompt ?? StandardStreams.isTerminal(0)
    }

    /// Reads a line from stdin.
    ///
    /// - Parameter prompt: The prompt.
    /// - Returns: The line, or nil at the end of input.
    public func readLine(prompt: String) -> String? {
        if showsPrompt { StandardStreams.out(prompt) }
        guard let line = Swift.readLine(strippingNewline: true) else {
            if showsPrompt { StandardStreams.out("\n") }
            return nil
        }
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
