/// A page of history records, as `history` lists them.
public struct HistoryPage: Sendable {
    /// The records on this page, newest first.
    public var records: [HistoryRecord]
    /// How many records match the filter in all.
    public var total: Int
    /// The 0-based page number.
    public var page: Int
    /// The page size.
    public var pageSize: Int
    /// The ids of records that are undone (and not redone).
    public var undone: Swift.Set<Int>

    /// Creates a page.
    ///
    /// - Parameters:
    ///   - records: The records.
    ///   - total: Matching records in all.
    ///   - page: The page number.
    ///   - pageSize: The page size.
    ///   - undone: The ids of undone records.
    public init(
        records: [HistoryRecord], total: Int, page: Int, pageSize: Int,
        undone: Swift.Set<Int> = []
    ) {
        self.undone = undone
        self.records = records
        self.total = total
        self.page = page
        self.pageSize = pageSize
    }
}
