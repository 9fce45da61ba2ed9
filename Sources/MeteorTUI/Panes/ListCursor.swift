/// The selected row and the first shown row of a simple list pane (history, scratch, workspace).
///
/// The list itself is never stored here: the rows come from the engine on every frame, so the
/// cursor only clamps itself to the row count it is given.
public struct ListCursor: Sendable, Hashable {
    /// The selected row, 0-based.
    public var selected = 0
    /// The first row shown.
    public var scrollTop = 0

    /// Creates a cursor on the first row.
    public init() {}

    /// Moves the selection and keeps it visible.
    ///
    /// - Parameters:
    ///   - motion: The movement.
    ///   - count: How many rows the list has.
    ///   - height: How many rows the pane shows.
    public mutating func move(_ motion: Motion, count: Int, height: Int) {
        let target = motion.target(from: selected, count: count, page: height)
        select(target, count: count, height: height)
    }

    /// Selects a row, clamped to the rows that exist, and scrolls to it.
    ///
    /// - Parameters:
    ///   - row: The row.
    ///   - count: How many rows the list has.
    ///   - height: How many rows the pane shows.
    public mutating func select(_ row: Int, count: Int, height: Int) {
        selected = min(max(0, row), max(0, count - 1))
        clamp(count: count, height: height)
    }

    /// Scrolls the view without moving the selection past the rows shown (the mouse wheel).
    ///
    /// - Parameters:
    ///   - delta: Rows to scroll; negative scrolls up.
    ///   - count: How many rows the list has.
    ///   - height: How many rows the pane shows.
    public mutating func scroll(by delta: Int, count: Int, height: Int) {
        let height = max(1, height)
        scrollTop = min(max(0, scrollTop + delta), max(0, count - height))
        selected = min(max(selected, scrollTop), scrollTop + height - 1)
        selected = min(max(0, selected), max(0, count - 1))
    }

    /// Keeps the selection inside the list and on screen after the list changed.
    ///
    /// - Parameters:
    ///   - count: How many rows the list has.
    ///   - height: How many rows the pane shows.
    public mutating func clamp(count: Int, height: Int) {
        let height = max(1, height)
        selected = min(max(0, selected), max(0, count - 1))
        if selected < scrollTop { scrollTop = selected }
        if selected >= scrollTop + height { scrollTop = selected - height + 1 }
        scrollTop = min(max(0, scrollTop), max(0, count - height))
    }
}
