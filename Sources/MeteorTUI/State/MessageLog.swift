/// The recent status messages, oldest first, as vim's `:messages` keeps them.
public struct MessageLog: Sendable, Hashable {
    /// The most messages kept; older ones are dropped.
    public static let capacity = 200

    /// The messages, oldest first.
    public private(set) var entries: [StatusMessage] = []

    /// Creates an empty log.
    public init() {}

    /// Adds a message, dropping the oldest when the log is full.
    ///
    /// - Parameter message: The message.
    public mutating func append(_ message: StatusMessage) {
        entries.append(message)
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }
}
