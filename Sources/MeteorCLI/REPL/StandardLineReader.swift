/// Reads lines from standard input, showing the prompt on stdout only when stdin is a
/// terminal, so piped scripts produce clean output.
///
/// This is a plain reader without line editing: Debian's libedit-dev is not installed on
/// the build machines and linking GNU readline would need a system-library target.
///
/// Lines are read as bytes and checked to be UTF-8; a line that is not is never run (it
/// is reported through ``onInvalidLine``), because decoding would turn the bad bytes into
/// U+FFFD and store them silently.
public final class StandardLineReader: LineReader {
    /// Whether prompts are shown.
    public let showsPrompt: Bool
    /// Told about each line that is not UTF-8, which the reader then skips; by default
    /// the diagnostic goes to stderr as text.
    public var onInvalidLine: (MeteorError) -> Void = { error in
        StandardStreams.error(CommandFailure(error).rendered() + "\n")
    }
    /// How many lines were read so far.
    public private(set) var lineNumber = 0
    private var buffer: [UInt8] = []
    private var start = 0

    /// Creates a reader.
    ///
    /// - Parameter showsPrompt: Whether to show prompts; by default when stdin is a terminal.
    public init(showsPrompt: Bool? = nil) {
        self.showsPrompt = showsPrompt ?? StandardStreams.isTerminal(0)
    }

    /// Reads a line from stdin.
    ///
    /// - Parameter prompt: The prompt.
    /// - Returns: The line, empty for a line that is not UTF-8, or nil at the end of input.
    public func readLine(prompt: String) -> String? {
        if showsPrompt { StandardStreams.out(prompt) }
        guard let bytes = nextLine() else {
            if showsPrompt { StandardStreams.out("\n") }
            return nil
        }
        do {
            return try decode(bytes)
        } catch {
            onInvalidLine(error)
            return ""
        }
    }

    /// Reads every remaining line, for batch mode.
    ///
    /// - Returns: The lines.
    /// - Throws: ``DiagnosticKind/invalidUTF8`` for the first line that is not UTF-8, at
    ///   `<stdin>:line:column`.
    public func remainingLines() throws(MeteorError) -> [String] {
        var lines: [String] = []
        while let bytes = nextLine() { lines.append(try decode(bytes)) }
        return lines
    }

    private func decode(_ bytes: ArraySlice<UInt8>) throws(MeteorError) -> String {
        do {
            return try UTF8Input.decode(Array(bytes), name: "line \(lineNumber)", file: "<stdin>")
        } catch {
            var location = error.location
            location?.line = lineNumber
            throw error.relocated(to: location)
        }
    }

    /// The next line's bytes without its LF or CRLF, or nil at the end of input.
    private func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                lineNumber += 1
                return trimmingCarriageReturn(buffer[start..<newline])
            }
            let chunk = StandardStreams.readChunk()
            if chunk.isEmpty {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                lineNumber += 1
                return trimmingCarriageReturn(buffer[start...])
            }
            buffer.removeFirst(start)
            start = 0
            buffer += chunk
        }
    }

    private func trimmingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
}
