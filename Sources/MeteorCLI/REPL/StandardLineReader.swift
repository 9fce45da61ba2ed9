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
/// finishes). This is a plain reader without line editing: Debian's libedit-dev is not
/// installed on the build machines and linking GNU readline would need a system-library
/// target.
public final class StandardLineReader: LineReader {
    /// Whether prompts are shown.
    public let showsPrompt: Bool
    private var buffer: [UInt8] = []
    private var atEnd = false

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
    /// - Returns: The line, or nil at the end of input.
    public func readLine(prompt: String) -> String? {
        if showsPrompt { StandardStreams.out(prompt) }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if atEnd {
                guard !buffer.isEmpty else {
                    if showsPrompt { StandardStreams.out("\n") }
                    return nil
                }
                defer { buffer = [] }
                return String(decoding: buffer, as: UTF8.self)
            }
            fill(prompt: prompt)
        }
    }

    /// Reads what stdin has; on Ctrl-C drops the line typed so far and prompts again.
    private func fill(prompt: String) {
        var chunk = [UInt8](repeating: 0, count: 4_096)
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
