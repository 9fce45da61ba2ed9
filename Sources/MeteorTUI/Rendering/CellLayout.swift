import MeteorFormat

/// Cuts text into terminal cells the way the terminal draws it, from the widths of its
/// scalars.
///
/// Curses and the terminal place a character scalar by scalar with `wcwidth`: a scalar of
/// width 1 or 2 starts a new cell, a scalar of width 0 joins the cell before it. A cluster is
/// drawn the same way here, with three exceptions where terminals disagree with each other
/// and with `wcwidth`, so no width would be right everywhere:
///
/// - a cluster that joins several visible scalars into one emoji (a `ZWJ` sequence such as
///   `👨‍👩‍👧‍👦`, or a skin-tone modifier) is drawn as one replacement mark (`�`);
/// - an emoji presentation selector (U+FE0F) after a narrow character is dropped: some
///   terminals widen the character, others do not;
/// - a scalar the locale cannot print (`wcwidth` -1) makes its cluster a replacement mark.
///
/// Control characters and bidirectional formatting characters are drawn as visible symbols
/// (``DisplayText/visible(_:)``).
public struct CellLayout: Sendable {
    /// The terminal's scalar widths.
    public var table: any ScalarWidthTable

    /// One cell's worth of a cluster.
    public struct Piece: Sendable, Hashable {
        /// The scalars drawn in the cell.
        public var text: String
        /// 1 or 2 cells; 0 when the piece joins the cell before it.
        public var width: Int
    }

    /// What a cluster the terminal cannot size is drawn as.
    public static let replacementMark = "\u{FFFD}"

    /// Creates a layout.
    ///
    /// - Parameter table: The terminal's scalar widths; Unicode's by default.
    public init(table: any ScalarWidthTable = UnicodeWidthTable()) {
        self.table = table
    }

    /// The cells a character takes.
    ///
    /// - Parameter character: A grapheme cluster.
    /// - Returns: Its width in cells: 0 for a cluster of joining scalars only.
    public func width(of character: Character) -> Int {
        if let width = Self.asciiWidth(character) { return width }
        if let piece = singlePiece(of: character) { return piece.width }
        return pieces(of: character).reduce(0) { $0 + $1.width }
    }

    /// The cells a text takes.
    ///
    /// - Parameter text: The text.
    /// - Returns: Its width in cells.
    public func width(of text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// Whether a text is wider than `width` cells; looks at no more of it than it must.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - width: The cells available.
    /// - Returns: Whether the text does not fit.
    public func exceeds(_ text: some StringProtocol, width: Int) -> Bool {
        var total = 0
        for character in text {
            total += self.width(of: character)
            if total > width { return true }
        }
        return false
    }

    /// How a character is drawn: one piece per cell it starts.
    ///
    /// - Parameter character: A grapheme cluster.
    /// - Returns: The pieces, in order.
    public func pieces(of character: Character) -> [Piece] {
        if let piece = singlePiece(of: character) { return [piece] }
        let scalars = character.unicodeScalars
        if scalars.contains(where: { DisplayText.isControl($0) || DisplayText.isBidiControl($0) }) {
            return DisplayText.visible(String(character)).flatMap(pieces(of:))
        }
        var widths: [Int] = []
        var visibleCount = 0
        var isEmojiSequence = false
        for scalar in scalars {
            guard let width = table.width(of: scalar), width >= 0 else {
                return [Piece(text: Self.replacementMark, width: 1)]
            }
            widths.append(min(width, 2))
            if width > 0 { visibleCount += 1 }
            // U+200D ZERO WIDTH JOINER; U+1F3FB–U+1F3FF the skin-tone modifiers.
            if scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value) {
                isEmojiSequence = true
            }
        }
        if visibleCount > 1, isEmojiSequence {
            return [Piece(text: Self.replacementMark, width: 1)]
        }
        var pieces: [Piece] = []
        for (scalar, width) in zip(scalars, widths) {
            if width > 0 || pieces.isEmpty {
                pieces.append(Piece(text: String(scalar), width: width))
            } else if scalar.value == 0xFE0F, pieces[pieces.count - 1].width == 1 {
                continue
            } else {
                pieces[pieces.count - 1].text.unicodeScalars.append(scalar)
            }
        }
        return pieces
    }

    /// The piece of a character that is one printable scalar (most are), found without
    /// allocating; nil for a cluster, a control or a bidirectional control.
    @inline(__always)
    func singlePiece(of character: Character) -> Piece? {
        if Self.asciiWidth(character) != nil { return Piece(text: String(character), width: 1) }
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first,
            scalars.index(after: scalars.startIndex) == scalars.endIndex,
            !DisplayText.isControl(scalar), !DisplayText.isBidiControl(scalar)
        else { return nil }
        guard let width = table.width(of: scalar), width >= 0 else {
            return Piece(text: Self.replacementMark, width: 1)
        }
        return Piece(text: String(character), width: min(width, 2))
    }

    /// The width of a printable ASCII character (1), without asking the table; nil otherwise.
    @inline(__always)
    static func asciiWidth(_ character: Character) -> Int? {
        guard character.isASCII, let byte = character.asciiValue, byte >= 0x20, byte < 0x7F
        else { return nil }
        return 1
    }
}
