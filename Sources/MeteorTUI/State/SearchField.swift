/// The incremental search field (`/` forward, `?` backward).
public struct SearchField: Sendable, Hashable {
    /// The text typed.
    public var editor = LineEditor()
    /// The direction of the search.
    public var direction: SearchDirection
    /// Whether values are searched instead of keys (Tab or Ctrl-V switch).
    public var inValues = false
    /// The tree before the search began: each keystroke searches from here, and Esc returns.
    public var origin: BrowserState
    /// The value pane's scroll position before the search began.
    public var originValueScroll: Int
    /// Whether the text typed has a hit; nil while the field is empty.
    public var found: Bool?

    /// Creates a field.
    ///
    /// - Parameters:
    ///   - direction: The direction.
    ///   - origin: The tree when the search began.
    ///   - originValueScroll: The value pane's scroll position then.
    public init(direction: SearchDirection, origin: BrowserState, originValueScroll: Int) {
        self.direction = direction
        self.origin = origin
        self.originValueScroll = originValueScroll
    }
}
