/// A mouse action at a cell.
public struct MouseEvent: Sendable, Hashable {
    /// What the mouse did.
    public enum Kind: Sendable, Hashable {
        /// The left button was pressed or clicked.
        case leftClick
        /// The left button was double-clicked.
        case doubleClick
        /// The right button was pressed or clicked.
        case rightClick
        /// The wheel turned up.
        case scrollUp
        /// The wheel turned down.
        case scrollDown
    }

    /// What the mouse did.
    public var kind: Kind
    /// The column.
    public var column: Int
    /// The row.
    public var row: Int

    /// Creates a mouse event.
    ///
    /// - Parameters:
    ///   - kind: What the mouse did.
    ///   - column: The column.
    ///   - row: The row.
    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}
