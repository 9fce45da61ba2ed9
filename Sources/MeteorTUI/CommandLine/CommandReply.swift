/// What running a `:` command produced.
public struct CommandReply: Sendable, Hashable {
    /// Work only the TUI can do, asked for by the line (`save`, `exit`, `reload`).
    public enum Directive: Sendable, Hashable {
        /// Save the document; `force` overwrites a file changed on disk.
        case save(force: Bool)
        /// Quit, asking first when there are unsaved changes.
        case quit
        /// Drop unsaved changes and read the file again.
        case reload
    }

    /// The text to show, possibly several lines; empty when there is nothing to say.
    public var text: String
    /// Whether the command failed; `text` then holds the diagnostic.
    public var isError: Bool
    /// Whether `text` holds warnings of a command that worked.
    public var hasWarnings: Bool
    /// Work for the TUI, if any.
    public var directive: Directive?

    /// Creates a reply.
    ///
    /// - Parameters:
    ///   - text: The text to show.
    ///   - isError: Whether the command failed.
    ///   - hasWarnings: Whether the text holds warnings of a command that worked.
    ///   - directive: Work for the TUI.
    public init(
        _ text: String, isError: Bool = false, hasWarnings: Bool = false,
        directive: Directive? = nil
    ) {
        self.text = text
        self.isError = isError
        self.hasWarnings = hasWarnings
        self.directive = directive
    }
}
