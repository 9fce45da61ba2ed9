/// A rectangle of cells: pure geometry, never negative.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a rectangle; negative sizes become zero.
    ///
    /// - Parameters:
    ///   - x: Left column.
    ///   - y: Top row.
    ///   - width: Columns.
    ///   - height: Rows.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle covering a whole screen of `size`.
    ///
    /// - Parameter size: The screen size.
    public init(_ size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    /// Whether the rectangle has no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the right column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }

    /// Whether a cell lies inside.
    ///
    /// - Parameters:
    ///   - column: The column.
    ///   - row: The row.
    /// - Returns: Whether `(column, row)` is inside.
    public func contains(column: Int, row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The rectangle shrunk by `amount` cells on every side.
    ///
    /// - Parameter amount: Cells to remove per side.
    /// - Returns: The inner rectangle, possibly empty.
    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// Splits the rectangle into consecutive pieces along an axis.
    ///
    /// Lengths and percentages are given first (clamped to what is left); `fill` pieces share
    /// the remainder by weight; `min` pieces get at least their length and share like `fill(1)`.
    ///
    /// - Parameters:
    ///   - axis: `.vertical` stacks rows; `.horizontal` places columns side by side.
    ///   - constraints: One constraint per piece.
    /// - Returns: One rectangle per constraint, in order; they tile the rectangle exactly.
    public func split(_ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
        let total = axis == .vertical ? height : width
        var sizes = Array(repeating: 0, count: constraints.count)
        var remaining = total
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .length(let length): wanted = length
            case .percentage(let percent): wanted = total * percent / 100
            case .min(let length): wanted = length
            case .fill: wanted = 0
            }
            sizes[index] = min(max(0, wanted), remaining)
            remaining -= sizes[index]
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): max(0, weight)
            case .min: 1
            default: 0
            }
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0, remaining > 0 {
            var given = 0
            var lastWeighted = 0
            for (index, weight) in weights.enumerated() where weight > 0 {
                let share = remaining * weight / weightSum
                sizes[index] += share
                given += share
                lastWeighted = index
            }
            sizes[lastWeighted] += remaining - given
        }
        var offset = axis == .vertical ? y : x
        return sizes.map { size in
            defer { offset += size }
            return axis == .vertical
                ? Rect(x: x, y: offset, width: width, height: size)
                : Rect(x: offset, y: y, width: size, height: height)
        }
    }

    /// `x,y wxh`.
    public var description: String { "\(x),\(y) \(width)x\(height)" }
}

/// The direction of a split.
public enum Axis: Sendable, Hashable {
    /// Pieces stacked top to bottom.
    case vertical
    /// Pieces side by side, left to right.
    case horizontal
}

/// How much room one piece of a split gets.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (or what is left).
    case length(Int)
    /// This percentage of the whole.
    case percentage(Int)
    /// At least this many cells, plus a share of the remainder.
    case min(Int)
    /// A share of the remainder, by weight.
    case fill(Int)
}
