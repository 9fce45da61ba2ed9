/// A notification that the engine's data or scratch slots changed through a history record;
/// the document store's crash journal listens for these (``MeteorEngine/onChange``).
public struct EngineChange: Sendable {
    /// How the record's changes were applied.
    public enum Direction: Sendable, Hashable {
        /// The command ran.
        case `do`
        /// ``MeteorEngine/undo()`` reverted it: its `before` states are now current.
        case undo
        /// ``MeteorEngine/redo()`` re-applied it: its `after` states are now current.
        case redo
    }

    /// The record.
    public let record: HistoryRecord
    /// How its changes were applied.
    public let direction: Direction
}
