public import MeteorKit

/// What the command line keeps between invocations, beside the document it belongs to: the
/// cursor and the history (see ``StateFile``).
public struct SessionState: Sendable {
    /// The SHA-256 of the document bytes this state was saved with.
    public var documentSHA256: String
    /// The cursor.
    public var cursor: Cursor
    /// The history, to restore only into an engine loaded from that same document.
    package var history: HistorySnapshot?

    /// Creates a state.
    ///
    /// - Parameters:
    ///   - documentSHA256: The document's hash.
    ///   - cursor: The cursor.
    ///   - history: The history.
    package init(documentSHA256: String, cursor: Cursor, history: HistorySnapshot?) {
        self.documentSHA256 = documentSHA256
        self.cursor = cursor
        self.history = history
    }

    /// Whether this state belongs to a document's bytes.
    ///
    /// - Parameter bytes: The document as read.
    /// - Returns: True when the document is the one this state was saved with.
    public func belongs(to bytes: [UInt8]) -> Bool { documentSHA256 == SHA256Hex.of(bytes) }
}
