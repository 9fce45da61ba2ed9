/// How the value pane shows a value.
public struct ValuePaneState: Sendable, Hashable {
    /// Whether long lines wrap (else they are clipped with a `›` marker).
    public var wraps = false
    /// Whether line numbers are shown.
    public var showsLineNumbers = true
    /// The first visual line shown.
    public var scrollTop = 0

    /// Creates the default options: no wrapping, line numbers on.
    public init() {}
}
