/// The order in which history records are listed.
public enum HistoryOrder: Sendable, Hashable, CaseIterable {
    /// The newest record first.
    case newestFirst
    /// The oldest record first.
    case oldestFirst
}
