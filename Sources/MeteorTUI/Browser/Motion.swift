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
