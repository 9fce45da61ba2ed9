/// The before/after view of one history record, as the detail overlay shows it.
///
/// The lines are built once when the view opens ( ``HistoryDetailBuilder`` ), so scrolling a
/// record that replaced a whole context does not rebuild its diff on every frame.
public struct HistoryDetail: Sendable, Hashable {
    /// The record shown.
    public var recordID: Int
    /// The overlay's title.
    public var title: String
    /// The lines, already styled.
    public var lines: [StyledLine]
    /// The first line shown.
    public var scrollTop = 0

    /// Creates a detail view.
    ///
    /// - Parameters:
    ///   - recordID: The record.
    ///   - title: The title.
    ///   - lines: The lines.
    public init(recordID: Int, title: String, lines: [StyledLine]) {
        self.recordID = recordID
        self.title = title
        self.lines = lines
    }
}
