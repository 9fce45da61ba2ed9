/// A line reader over a fixed script, recording every prompt it was asked to show; the
/// double used by REPL tests.
public final class InMemoryLineReader: LineReader {
    private var lines: [String]
    /// The prompts shown, in order.
    public private(set) var prompts: [String] = []

    /// Creates a reader over lines.
    ///
    /// - Parameter lines: The lines to hand out, in order.
    public init(_ lines: [String]) {
        self.lines = lines.reversed()
    }

    /// Hands out the next line.
    ///
    /// - Parameter prompt: The prompt, recorded.
    /// - Returns: The next line, or nil when the script is exhausted.
    public func readLine(prompt: String) -> String? {
        prompts.append(prompt)
        return lines.popLast()
    }
}
