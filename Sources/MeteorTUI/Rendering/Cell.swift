/// One cell of a ``ScreenBuffer``: a grapheme cluster and its role.
///
/// A wide character (CJK, most emoji) occupies its cell and the next one; the next cell is a
/// continuation with an empty grapheme.
public struct Cell: Sendable, Hashable {
    /// The grapheme shown in the cell; empty for the continuation of a wide character.
    public var grapheme: String
    /// The semantic role that decides the cell's style.
    public var role: ThemeRole
    /// The display width of the grapheme: 1 or 2, or 0 for a continuation cell.
    public var width: UInt8

    /// Creates a cell.
    ///
    /// - Parameters:
    ///   - grapheme: The grapheme.
    ///   - role: The role.
    ///   - width: Its display width.
    public init(_ grapheme: String, role: ThemeRole = .text, width: UInt8 = 1) {
        self.grapheme = grapheme
        self.role = role
        self.width = width
    }

    /// A blank cell.
    public static let blank = Cell(" ")

    /// Whether this cell continues the wide character to its left.
    public var isContinuation: Bool { width == 0 }
}
