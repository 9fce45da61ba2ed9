/// A search that was accepted with Enter, kept for `n` and `N` and for highlighting.
public struct SearchQuery: Sendable, Hashable {
    /// The text searched for.
    public var text: String
    /// The direction `n` goes.
    public var direction: SearchDirection
    /// Whether values are searched instead of keys.
    public var inValues: Bool

    /// Creates a query.
    ///
    /// - Parameters:
    ///   - text: The text searched for.
    ///   - direction: The direction `n` goes.
    ///   - inValues: Whether values are searched instead of keys.
    public init(text: String, direction: SearchDirection, inValues: Bool = false) {
        self.text = text
        self.direction = direction
        self.inValues = inValues
    }

    /// The byte matcher for the text.
    var needle: TextNeedle { TextNeedle(text) }
}
