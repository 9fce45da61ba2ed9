internal import DequeModule

/// The engine's command history, as a read-only value (SPEC §9).
///
/// It holds at most the profile's `commandHistory` records; the oldest are dropped first, and
/// undo never reaches past a dropped record.
///
/// ```swift
/// let page = engine.history.records(order: .newestFirst, page: PageRequest(size: 20, index: 0))
/// let failures = engine.history.failedCommands
/// ```
public struct History: Sendable {
    private var log: Deque<HistoryRecord> = []
    /// Ids of undoable records, oldest first; the last is undone next.
    private(set) var undoIDs: Deque<Int> = []
    /// Ids of undone records; the last is redone next.
    private(set) var redoIDs: [Int] = []
    /// The most records kept.
    public let capacity: Int

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Rebuilds a history from saved records and stacks (see ``HistorySnapshot``).
    ///
    /// The newest `capacity` records are kept. The undo stack keeps its newest run of kept
    /// records; the redo stack is kept only when every record on it is.
    init(capacity: Int, records: [HistoryRecord], undoIDs: [Int], redoIDs: [Int]) {
        self.init(capacity: capacity)
        log = Deque(records.suffix(self.capacity))
        let kept = Set(log.map(\.id))
        self.undoIDs = Deque(undoIDs.reversed().prefix { kept.contains($0) }.reversed())
        self.redoIDs = redoIDs.allSatisfy(kept.contains) ? redoIDs : []
    }

    // MARK: - Reading

    /// The number of records kept.
    public var count: Int { log.count }

    /// Whether there are no records.
    public var isEmpty: Bool { log.isEmpty }

    /// The newest record.
    public var lastCommand: HistoryRecord? { log.last }

    /// The failed records, newest first.
    public var failedCommands: [HistoryRecord] {
        records(order: .newestFirst, filter: HistoryFilter(failedOnly: true))
    }

    /// The number of records that ``MeteorEngine/undo()`` can still revert.
    public var undoableCount: Int { undoIDs.count }

    /// The number of records that ``MeteorEngine/redo()`` can re-apply.
    public var redoableCount: Int { redoIDs.count }

    /// Lists records.
    ///
    /// - Parameters:
    ///   - order: Newest first (default) or oldest first.
    ///   - filter: Which records to keep (default: all).
    ///   - page: One page of the filtered, ordered records; nil for all of them.
    /// - Returns: The records.
    public func records(
        order: HistoryOrder = .newestFirst, filter: HistoryFilter = HistoryFilter(),
        page: PageRequest? = nil
    ) -> [HistoryRecord] {
        var matching: [HistoryRecord] = []
        switch order {
        case .newestFirst:
            for record in log.reversed() where filter.matches(record) { matching.append(record) }
        case .oldestFirst:
            for record in log where filter.matches(record) { matching.append(record) }
        }
        guard let page else { return matching }
        return Array(matching[page.range(total: matching.count)])
    }

    /// The number of records a filter keeps, for page counts.
    ///
    /// - Parameter filter: The filter.
    /// - Returns: How many records match.
    public func count(matching filter: HistoryFilter) -> Int {
        log.reduce(0) { $0 + (filter.matches($1) ? 1 : 0) }
    }

    /// The record with an id, if still kept.
    ///
    /// - Parameter id: The id.
    /// - Returns: The record.
    public func record(id: Int) -> HistoryRecord? {
        guard let first = log.first?.id, id >= first, id - first < log.count else { return nil }
        return log[id - first]
    }

    /// Whether a record has been undone (and not redone).
    ///
    /// - Parameter id: The record id.
    /// - Returns: Whether it is on the redo stack.
    public func isUndone(_ id: Int) -> Bool { redoIDs.contains(id) }

    // MARK: - Changes, for the engine

    /// Appends a record and drops the oldest ones beyond the capacity.
    ///
    /// A new undoable record clears the redo stack.
    mutating func append(_ record: HistoryRecord) {
        log.append(record)
        if record.isUndoable {
            undoIDs.append(record.id)
            redoIDs.removeAll()
        }
        while log.count > capacity { log.removeFirst() }
        let oldest = log.first?.id ?? Int.max
        while let id = undoIDs.first, id < oldest { undoIDs.removeFirst() }
        if let next = redoIDs.last, next < oldest { redoIDs.removeAll() }
    }

    /// The record the next undo reverts.
    var nextUndo: HistoryRecord? { undoIDs.last.flatMap(record(id:)) }

    /// The record the next redo re-applies.
    var nextRedo: HistoryRecord? { redoIDs.last.flatMap(record(id:)) }

    /// Moves the newest undoable record to the redo stack.
    mutating func didUndo() {
        if let id = undoIDs.popLast() { redoIDs.append(id) }
    }

    /// Moves the next redoable record back to the undo stack.
    mutating func didRedo() {
        if let id = redoIDs.popLast() { undoIDs.append(id) }
    }

    /// Drops every record and both stacks.
    ///
    /// Ids keep increasing.
    mutating func removeAll() {
        log.removeAll()
        undoIDs.removeAll()
        redoIDs.removeAll()
    }
}
