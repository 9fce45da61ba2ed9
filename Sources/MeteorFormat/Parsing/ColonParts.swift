/// The `:`-separated parts of an address prefix or a path (`ctx:ns:key`), found on bytes.
///
/// Shared by both stream parsers, ``MeteorPath`` and ``QueryPattern``, so they agree on how an
/// address splits. Holds at most three ranges without allocating; a fourth `:` is recorded
/// in ``extraColon``.
struct ColonParts {
    /// The number of parts found, 1 to 3.
    private(set) var count = 0
    /// The offset of the third `:`, when the text has more than three parts.
    private(set) var extraColon: Int?
    private var ranges: (Range<Int>, Range<Int>, Range<Int>) = (0..<0, 0..<0, 0..<0)

    /// Splits `range` of `bytes` at `:`.
    init(_ bytes: borrowing Span<UInt8>, _ range: Range<Int>) {
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[unchecked: index] == .colon {
                if count == 2 {
                    extraColon = index
                    break
                }
                append(start..<index)
                start = index + 1
            }
            index += 1
        }
        append(start..<range.upperBound)
    }

    private mutating func append(_ range: Range<Int>) {
        switch count {
        case 0: ranges.0 = range
        case 1: ranges.1 = range
        default: ranges.2 = range
        }
        count += 1
    }

    /// The part at `index` (0-based, below ``count``).
    subscript(index: Int) -> Range<Int> {
        switch index {
        case 0: ranges.0
        case 1: ranges.1
        default: ranges.2
        }
    }

    /// The last part: the key of an address.
    var last: Range<Int> { self[count - 1] }
}
