internal import DequeModule

/// Which records undo and redo would step through, for front ends that jump several steps
/// at once (the TUI's "undo back to here").
///
/// The undo stack holds ids in increasing order (a new record has the highest id, undo pops
/// the highest, redo pushes back ids that were above every id left on the stack), and the
/// redo stack holds them in decreasing order; both answers below rely on it.
extension History {
    /// Whether a record's changes are in effect and on the undo stack: false for a failed or
    /// cursor-only record, an undone one, and one undone before a newer change cleared the
    /// redo stack.
    ///
    /// - Parameter id: The record id.
    /// - Returns: Whether ``MeteorEngine/undo()`` can still reach it.
    /// - Complexity: O(log n) in the undo stack.
    public func isApplied(_ id: Int) -> Bool {
        var low = 0
        var high = undoIDs.count
        while low < high {
            let middle = (low + high) / 2
            if undoIDs[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < undoIDs.count && undoIDs[low] == id
    }

    /// The records repeated ``MeteorEngine/undo()`` reverts to bring the data back to just
    /// after record `id`: every applied record newer than it, newest first.
    ///
    /// - Parameter id: The record to go back to.
    /// - Returns: The ids, in the order undo reverts them.
    /// - Complexity: O(k) in the steps returned.
    public func undoSteps(after id: Int) -> [Int] {
        var steps: [Int] = []
        for candidate in undoIDs.reversed() {
            guard candidate > id else { break }
            steps.append(candidate)
        }
        return steps
    }

    /// The records repeated ``MeteorEngine/redo()`` re-applies to bring back record `id`:
    /// every undone record up to and including it, oldest first.
    ///
    /// - Parameter id: The record to go forward to.
    /// - Returns: The ids, in the order redo re-applies them; empty when `id` is not undone.
    /// - Complexity: O(k) in the steps returned.
    public func redoSteps(through id: Int) -> [Int] {
        var steps: [Int] = []
        for candidate in redoIDs.reversed() {
            guard candidate <= id else { break }
            steps.append(candidate)
        }
        return steps.last == id ? steps : []
    }
}
