/// How far opening a document has got, reported to the `progress` closure of
/// ``Document/init(path:store:engine:progress:)``.
///
/// Reports come in steps of about a megabyte of the file or 64k entries, not per line, so a
/// progress display costs the loader nothing measurable.
public struct DocumentLoadProgress: Sendable, Hashable {
    /// The stage of the load.
    public enum Phase: String, Sendable, Hashable {
        /// Reading the file's bytes and hashing them.
        case reading
        /// Parsing and validating the lines; ``DocumentLoadProgress/done`` counts bytes.
        case parsing
        /// Storing the entries in the engine; ``DocumentLoadProgress/done`` counts entries.
        case indexing
    }

    /// The stage.
    public var phase: Phase
    /// How much of the stage is done: bytes while parsing, entries while indexing.
    public var done: Int
    /// The stage's total: the file's size in bytes, or the number of entries.
    public var total: Int
    /// The file's size in bytes (0 until it was read).
    public var fileBytes: Int

    /// Creates a progress report.
    ///
    /// - Parameters:
    ///   - phase: The stage.
    ///   - done: How much of it is done.
    ///   - total: Its total.
    ///   - fileBytes: The file's size.
    public init(phase: Phase, done: Int, total: Int, fileBytes: Int) {
        self.phase = phase
        self.done = done
        self.total = total
        self.fileBytes = fileBytes
    }

    /// The fraction of the stage that is done, from 0 to 1.
    public var fraction: Double { total > 0 ? min(1, Double(done) / Double(total)) : 0 }
}

/// Receives load progress; returning false cancels the load, which then throws
/// ``DiagnosticKind/cancelled``.
public typealias DocumentLoadObserver = (DocumentLoadProgress) -> Bool
