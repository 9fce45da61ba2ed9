/// A cursor movement in a list or tree.
public enum Motion: Sendable, Hashable {
    /// One row up.
    case up
    /// One row down.
    case down
    /// One page up.
    case pageUp
    /// One page down.
    case pageDown
    /// Half a page up (Ctrl-U).
    case halfPageUp
    /// Half a page down (Ctrl-D).
    case halfPageDown
    /// The first row (`gg`, Home).
    case top
    /// The last row (`G`, End).
    case bottom
}

extension Motion {
    /// The row this motion aims at, before it is clamped to the rows that exist.
    ///
    /// The tree, the drawer-pane lists and the compare view all move this way.
    ///
    /// - Parameters:
    ///   - row: The selected row.
    ///   - count: How many rows there are.
    ///   - page: How many rows a page holds (at least 1 is used).
    /// - Returns: The target row; it may be outside `0..<count`.
    func target(from row: Int, count: Int, page: Int) -> Int {
        let page = max(1, page)
        switch self {
        case .up: return row - 1
        case .down: return row + 1
        case .pageUp: return row - page
        case .pageDown: return row + page
        case .halfPageUp: return row - max(1, page / 2)
        case .halfPageDown: return row + max(1, page / 2)
        case .top: return 0
        case .bottom: return count - 1
        }
    }

    /// The first line shown after scrolling a text of `count` lines, `page` at a time: the
    /// help overlay, the history detail, the `:` output and the message log scroll this way.
    ///
    /// The last page stays full: scrolling stops when the last line reaches the bottom.
    ///
    /// - Parameters:
    ///   - top: The first line shown now.
    ///   - count: How many lines there are.
    ///   - page: How many lines show at once.
    /// - Returns: The new first line, within `0...max(0, count - page)`.
    func scrolled(_ top: Int, count: Int, page: Int) -> Int {
        let last = max(0, count - max(1, page))
        let wanted = self == .bottom ? last : target(from: top, count: count, page: page)
        return min(max(0, wanted), last)
    }
}
