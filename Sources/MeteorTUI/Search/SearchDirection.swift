/// Which way a search moves through the keys, in document order (the order of the tree's rows
/// with every node open).
public enum SearchDirection: Sendable, Hashable {
    /// Towards the end of the document (`/`, `n`).
    case forward
    /// Towards the start of the document (`?`).
    case backward

    /// The other direction (`N` searches opposite to the search's own direction).
    public var reversed: SearchDirection { self == .forward ? .backward : .forward }
}
