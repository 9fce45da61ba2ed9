/// Which history records to list.
///
/// ```swift
/// engine.history.records(filter: HistoryFilter(failedOnly: true))
/// engine.history.records(filter: HistoryFilter(kinds: [.set, .delete], sinceID: 40))
/// ```
public struct HistoryFilter: Sendable, Hashable {
    /// Only failed commands.
    public var failedOnly: Bool
    /// Only these kinds; nil for every kind.
    public var kinds: Set<EngineCommandKind>?
    /// Only records newer than this id (strictly greater); nil for all.
    public var sinceID: Int?

    /// Creates a filter; with no arguments it keeps every record.
    ///
    /// - Parameters:
    ///   - failedOnly: Only failed commands (default false).
    ///   - kinds: Only these kinds (default: every kind).
    ///   - sinceID: Only records with a greater id (default: all).
    public init(failedOnly: Bool = false, kinds: Set<EngineCommandKind>? = nil, sinceID: Int? = nil)
    {
        self.failedOnly = failedOnly
        self.kinds = kinds
        self.sinceID = sinceID
    }

    /// Whether a record passes the filter.
    ///
    /// - Parameter record: The record.
    /// - Returns: Whether it is kept.
    public func matches(_ record: HistoryRecord) -> Bool {
        if failedOnly, record.succeeded { return false }
        if let kinds, !kinds.contains(record.kind) { return false }
        if let sinceID, record.id <= sinceID { return false }
        return true
    }
}
