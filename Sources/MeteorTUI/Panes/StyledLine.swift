/// One line of text drawn in one role, kept in state (the history detail view's lines).
public struct StyledLine: Sendable, Hashable {
    /// The text.
    public var text: String
    /// How it is drawn.
    public var role: ThemeRole

    /// Creates a line.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - role: How it is drawn.
    public init(_ text: String, _ role: ThemeRole = .text) {
        self.text = text
        self.role = role
    }
}
