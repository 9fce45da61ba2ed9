public import MeteorKit

/// Maps rows of the history pane (newest first) to record ids, with or without the
/// failed-only filter, in O(1) per row.
///
/// History ids are consecutive (ids grow by one per record and are never reused; only the
/// oldest records are dropped), so an unfiltered row is `newest id − row`. The failed records
/// are kept in a list that grows only by the records added since the last look, so a frame
/// costs the same however long the history is.
public final class HistoryIndex {
    private var failedIDs: [Int] = []
    private var scannedThrough = 0
    private var engineID: ObjectIdentifier?

    /// Creates an empty index.
    public init() {}

    /// The number of rows.
    ///
    /// - Parameters:
    ///   - engine: The engine.
    ///   - failedOnly: Whether only failed commands are listed.
    /// - Returns: The row count.
    public func count(_ engine: MeteorEngine, failedOnly: Bool) -> Int {
        guard failedOnly else { return engine.history.count }
        update(engine)
        return failedIDs.count
    }

    /// The record id shown on a row.
    ///
    /// - Parameters:
    ///   - row: The row, 0 = newest.
    ///   - engine: The engine.
    ///   - failedOnly: Whether only failed commands are listed.
    /// - Returns: The id, or nil past the end.
    public func recordID(atRow row: Int, _ engine: MeteorEngine, failedOnly: Bool) -> Int? {
        guard row >= 0 else { return nil }
        if failedOnly {
            update(engine)
            return row < failedIDs.count ? failedIDs[failedIDs.count - 1 - row] : nil
        }
        let history = engine.history
        guard let newest = history.lastCommand?.id, row < history.count else { return nil }
        return newest - row
    }

    /// The row that shows a record, if it is listed.
    ///
    /// - Parameters:
    ///   - id: The record id.
    ///   - engine: The engine.
    ///   - failedOnly: Whether only failed commands are listed.
    /// - Returns: The row.
    public func row(of id: Int, _ engine: MeteorEngine, failedOnly: Bool) -> Int? {
        if failedOnly {
            update(engine)
            guard let index = binarySearch(id) else { return nil }
            return failedIDs.count - 1 - index
        }
        let history = engine.history
        guard let newest = history.lastCommand?.id, id <= newest, newest - id < history.count
        else { return nil }
        return newest - id
    }

    private func update(_ engine: MeteorEngine) {
        let history = engine.history
        let identity = ObjectIdentifier(engine)
        guard let newest = history.lastCommand?.id else {
            failedIDs.removeAll()
            engineID = identity
            return
        }
        if engineID != identity || newest < scannedThrough {
            failedIDs.removeAll()
            scannedThrough = 0
            engineID = identity
        }
        let oldest = newest - history.count + 1
        if let first = failedIDs.first, first < oldest {
            failedIDs.removeFirst(failedIDs.firstIndex { $0 >= oldest } ?? failedIDs.count)
        }
        var id = max(scannedThrough + 1, oldest)
        while id <= newest {
            if let record = history.record(id: id), !record.succeeded { failedIDs.append(id) }
            id += 1
        }
        scannedThrough = newest
    }

    private func binarySearch(_ id: Int) -> Int? {
        var low = 0
        var high = failedIDs.count
        while low < high {
            let middle = (low + high) / 2
            if failedIDs[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < failedIDs.count && failedIDs[low] == id ? low : nil
    }
}
