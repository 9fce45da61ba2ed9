public import MeteorFormat

/// One namespace in two contexts side by side: the rows, the selection and the tallies.
///
/// The rows are the keys of both sides (the left's in order, then those only on the right),
/// computed once when the view opens and after an undo; values are looked up only for the
/// rows on screen.
public struct CompareState: Sendable, Hashable {
    /// Which way a value is copied.
    public enum Direction: Sendable, Hashable {
        /// `>`: the left value replaces the right one.
        case leftToRight
        /// `<`: the right value replaces the left one.
        case rightToLeft
    }

    /// How the two values of a row compare.
    public enum Mark: Sendable, Hashable, CaseIterable {
        /// Both sides hold the same value.
        case same
        /// Both sides hold a value, and they differ.
        case different
        /// Only the left side holds the key.
        case onlyLeft
        /// Only the right side holds the key.
        case onlyRight

        /// The mark of two values (nil = absent).
        ///
        /// - Parameters:
        ///   - left: The left value.
        ///   - right: The right value.
        /// - Returns: The mark.
        public static func of(_ left: String?, _ right: String?) -> Mark {
            switch (left, right) {
            case (let left?, let right?): left == right ? .same : .different
            case (_?, nil): .onlyLeft
            default: .onlyRight
            }
        }

        /// The one-character symbol shown in the mark column.
        public var symbol: String {
            switch self {
            case .same: "="
            case .different: "≠"
            case .onlyLeft: "◀"
            case .onlyRight: "▶"
            }
        }
    }

    /// The left context.
    public var left: Context
    /// The right context.
    public var right: Context
    /// The namespace compared.
    public var namespace: Namespace
    /// The keys of both sides, one row each.
    public var keys: [Key]
    /// How many rows carry each mark.
    public var tally: [Mark: Int]
    /// The selected row.
    public var selectedRow = 0
    /// The first row shown.
    public var scrollTop = 0

    /// Creates a comparison.
    ///
    /// - Parameters:
    ///   - left: The left context.
    ///   - right: The right context.
    ///   - namespace: The namespace.
    ///   - keys: The rows.
    ///   - tally: How many rows carry each mark.
    public init(
        left: Context, right: Context, namespace: Namespace, keys: [Key], tally: [Mark: Int]
    ) {
        self.left = left
        self.right = right
        self.namespace = namespace
        self.keys = keys
        self.tally = tally
    }

    /// The address of a row's key on one side.
    ///
    /// - Parameters:
    ///   - row: The row.
    ///   - onLeft: Whether the left side is meant.
    /// - Returns: The address, or nil past the last row.
    public func address(row: Int, onLeft: Bool) -> Address? {
        guard keys.indices.contains(row) else { return nil }
        return Address(onLeft ? left : right, namespace, keys[row])
    }
}
