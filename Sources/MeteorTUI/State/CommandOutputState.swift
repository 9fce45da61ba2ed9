/// The output of a `:` command, shown in a scrollable box.
public struct CommandOutputState: Sendable, Hashable {
    /// The command line that produced it.
    public var command: String
    /// The lines.
    public var lines: [String]
    /// How the lines are coloured.
    public var tone: Tone
    /// The first line shown.
    public var scrollTop = 0

    /// How the output reads: data, warnings, or a failure.
    public enum Tone: Sendable, Hashable {
        /// The command worked.
        case output
        /// The command worked, with warnings.
        case warning
        /// The command failed.
        case error
    }

    /// Creates the state.
    ///
    /// - Parameters:
    ///   - command: The command line.
    ///   - lines: The lines.
    ///   - tone: How the lines are coloured.
    public init(command: String, lines: [String], tone: Tone) {
        self.command = command
        self.lines = lines
        self.tone = tone
    }
}
