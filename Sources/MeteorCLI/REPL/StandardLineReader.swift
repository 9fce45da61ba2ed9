import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from standard input, showing the prompt on stdout only when stdin is a
/// terminal, so piped scripts produce clean output.
///
/// At a terminal, Ctrl-C clears the line being typed and shows a fresh prompt instead of
/// ending the REPL (SIGINT is caught while the reader waits; a command that is running
/// finishes). This is a plain reader without line editing.
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
    private var atEnd = false
    private var prompt = ""

    /// Creates a reader.
    ///
    /// - Parameter showsPrompt: Whether to show prompts (and catch Ctrl-C); by default when
    ///   stdin is a terminal.
    public init(showsPrompt: Bool? = nil) {
        self.showsPrompt = showsPrompt ?? StandardStreams.isTerminal(0)
        if self.showsPrompt { Interrupt.catchSIGINT() }
    }

    /// Reads a line from stdin.
    ///
    /// - Parameter prompt: The prompt.
    /// - Returns: The line, empty for a line that is not UTF-8, or nil at the end of input.
    public func readLine(prompt: String) -> String? {
        self.prompt = prompt
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
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                lineNumber += 1
                return trimmingCarriageReturn(buffer[start...])
            }
            buffer.removeFirst(start)
            start = 0
            fill()
        }
    }

    /// Reads what stdin has; on Ctrl-C drops the line typed so far and prompts again.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer += chunk[..<count]
        } else if count < 0, errno == EINTR {
            guard Interrupt.take() else { return }
            // The terminal discarded the typed line and echoed ^C.
            buffer = []
            StandardStreams.out("\n" + prompt)
        } else {
            atEnd = true
        }
    }

    private func trimmingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
}

/// SIGINT, noted by a handler instead of ending the process.
enum Interrupt {
    private static let pending = Atomic<Bool>(false)

    /// Installs the handler, without `SA_RESTART`, so a `read` waiting for input returns.
    static func catchSIGINT() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            Interrupt.pending.store(true, ordering: .relaxed)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether SIGINT arrived since the last call.
    static func take() -> Bool { pending.exchange(false, ordering: .relaxed) }

    /// Lets SIGINT, SIGTERM and SIGHUP reach the REPL even when the parent started it with
    /// them blocked (a blocked mask is inherited): what the REPL promises for each
    /// (docs/cli.md, "repl") needs them delivered.
    static func unblockTerminationSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
