/// One page of a listing: `size` items starting at item `index * size`.
public struct PageRequest: Sendable, Hashable {
    /// Items per page (at least 1).
    public var size: Int
    /// The 0-based page number.
    public var index: Int

    /// Creates a page request.
    ///
    /// - Parameters:
    ///   - size: Items per page; values below 1 count as 1.
    ///   - index: The 0-based page number; negative values count as 0.
    public init(size: Int, index: Int = 0) {
        self.size = max(1, size)
        self.index = max(0, index)
    }

    /// The number of pages needed for `total` items.
    ///
    /// - Parameter total: The number of items.
    /// - Returns: The page count (0 for no items).
    public func pageCount(total: Int) -> Int { (total + size - 1) / size }

    /// The range of item positions this page covers among `total` items.
    ///
    /// - Parameter total: The number of items.
    /// - Returns: The positions; empty past the last page.
    public func range(total: Int) -> Range<Int> {
        let (start, overflow) = index.multipliedReportingOverflow(by: size)
        guard !overflow, start < total else { return total..<total }
        return start..<min(total, start + size)
    }
}
