/// An undo (or redo) of several history steps at once, waiting for confirmation.
public struct HistoryJump: Sendable, Hashable {
    /// Which way the steps go.
    public enum Direction: Sendable, Hashable {
        /// Undo every applied change newer than the record.
        case undo
        /// Redo every undone change up to and including the record.
        case redo
    }

    /// The record to go back (or forward) to.
    public var recordID: Int
    /// Undo or redo.
    public var direction: Direction
    /// The ids of the records the steps revert or re-apply, in the order they run.
    public var steps: [Int]

    /// Creates a jump.
    ///
    /// - Parameters:
    ///   - recordID: The target record.
    ///   - direction: Undo or redo.
    ///   - steps: The records, in the order they run.
    public init(recordID: Int, direction: Direction, steps: [Int]) {
        self.recordID = recordID
        self.direction = direction
        self.steps = steps
    }
}
