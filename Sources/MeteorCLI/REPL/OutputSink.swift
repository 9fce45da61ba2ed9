/// Where the REPL and batch mode write: stdout and stderr, or buffers in a test.
public struct OutputSink {
    /// Writes to stdout.
    public var out: (String) -> Void
    /// Writes to stderr.
    public var error: (String) -> Void

    /// Creates a sink.
    ///
    /// - Parameters:
    ///   - out: Writes to stdout.
    ///   - error: Writes to stderr.
    public init(out: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        self.out = out
        self.error = error
    }

    /// The process's stdout and stderr.
    public static var standard: OutputSink {
        OutputSink(out: StandardStreams.out, error: StandardStreams.error)
    }
}
