/// A clipboard that records what was copied: for tests and benchmarks.
public final class InMemoryClipboard: Clipboard {
    /// Every text copied, in order.
    public private(set) var copies: [String] = []
    /// Whether copies count as reaching a clipboard outside the app.
    public var reachesSystemClipboard: Bool

    /// Creates a clipboard.
    ///
    /// - Parameter reachesSystemClipboard: What ``copy(_:)`` reports.
    public init(reachesSystemClipboard: Bool = true) {
        self.reachesSystemClipboard = reachesSystemClipboard
    }

    /// Records the text.
    ///
    /// - Parameter text: The text.
    /// - Returns: ``reachesSystemClipboard``.
    public func copy(_ text: String) -> Bool {
        copies.append(text)
        return reachesSystemClipboard
    }
}
