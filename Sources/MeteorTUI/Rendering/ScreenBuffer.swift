import MeteorFormat

/// An in-memory grid of cells that widgets draw into; the terminal backend copies it to the
/// screen.
///
/// Text is placed the way the terminal will draw it (``CellLayout``): wide characters take two
/// cells, combining marks join the previous cell, control characters are drawn as visible
/// symbols, clusters the terminal cannot size as a replacement mark, and nothing is ever
/// written outside the buffer or the rectangle a widget was given.
public struct ScreenBuffer: Sendable, Hashable {
    /// The size of the grid.
    public let size: Size
    /// How text is cut into cells; widgets measure text with it, so they agree with the
    /// terminal too.
    public let layout: CellLayout
    private var cells: [Cell]

    /// Creates a blank buffer.
    ///
    /// - Parameters:
    ///   - size: The grid size.
    ///   - layout: How text is cut into cells; by Unicode's widths unless the terminal says.
    public init(size: Size, layout: CellLayout = CellLayout()) {
        self.size = size
        self.layout = layout
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// Two buffers are equal when they show the same cells.
    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells
    }

    /// Hashes the size and the cells.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
    }

    /// The cells a text takes, as ``write(_:column:row:role:maxWidth:)`` places it.
    ///
    /// - Parameter text: The text.
    /// - Returns: Its width in cells.
    public func width(of text: some StringProtocol) -> Int {
        layout.width(of: text)
    }

    /// The cell at a position, or a blank cell outside the buffer.
    ///
    /// - Parameters:
    ///   - column: The column.
    ///   - row: The row.
    public subscript(column: Int, row: Int) -> Cell {
        get {
            guard column >= 0, column < size.width, row >= 0, row < size.height else {
                return .blank
            }
            return cells[row * size.width + column]
        }
        set {
            guard column >= 0, column < size.width, row >= 0, row < size.height else { return }
            cells[row * size.width + column] = newValue
        }
    }

    /// Writes text on one row, clipped to `maxWidth` columns and to the buffer.
    ///
    /// - Parameters:
    ///   - text: The text; line breaks and other control characters are shown as symbols.
    ///   - column: The starting column.
    ///   - row: The row.
    ///   - role: The role of every written cell.
    ///   - maxWidth: The most columns to use; the rest of the row is untouched.
    /// - Returns: The number of columns written.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, column: Int, row: Int, role: ThemeRole = .text,
        maxWidth: Int = .max
    ) -> Int {
        guard row >= 0, row < size.height, column < size.width else { return 0 }
        let limit = min(maxWidth, size.width - column)
        var used = 0
        // Borders and rules repeat one character: it is measured once.
        var last: (character: Character, piece: CellLayout.Piece)?
        for character in text {
            if CellLayout.asciiWidth(character) != nil {
                guard used < limit else { break }
                if column + used >= 0 {
                    self[column + used, row] = Cell(String(character), role: role)
                }
                used += 1
                continue
            }
            if last?.character != character {
                last = layout.singlePiece(of: character).map { (character, $0) }
            }
            if let piece = last?.piece {
                guard place(piece, column: column, used: &used, limit: limit, row: row, role: role)
                else { return used }
                continue
            }
            for piece in layout.pieces(of: character) {
                guard place(piece, column: column, used: &used, limit: limit, row: row, role: role)
                else { return used }
            }
        }
        return used
    }

    /// Puts one piece of a cluster after the `used` columns; false when it does not fit.
    private mutating func place(
        _ piece: CellLayout.Piece, column: Int, used: inout Int, limit: Int, row: Int,
        role: ThemeRole
    ) -> Bool {
        let width = piece.width
        if width == 0 {
            // Combining marks and joiners attach to the cell before them.
            if used > 0, column + used - 1 >= 0 {
                var base = column + used - 1
                if self[base, row].isContinuation { base -= 1 }
                self[base, row].grapheme += piece.text
            }
            return true
        }
        if used + width > limit {
            if width == 2, used < limit, column + used >= 0 {
                self[column + used, row] = Cell(" ", role: role)
                used += 1
            }
            return false
        }
        if column + used >= 0 {
            self[column + used, row] = Cell(piece.text, role: role, width: UInt8(width))
            if width == 2 { self[column + used + 1, row] = Cell("", role: role, width: 0) }
        }
        used += width
        return true
    }

    /// Fills a rectangle with one character.
    ///
    /// - Parameters:
    ///   - rect: The area, clipped to the buffer.
    ///   - character: The character; a space by default.
    ///   - role: The role of the cells.
    public mutating func fill(
        _ rect: Rect, with character: Character = " ", role: ThemeRole = .text
    ) {
        let cell = Cell(String(character), role: role)
        for row in max(0, rect.y)..<min(size.height, rect.maxY) {
            for column in max(0, rect.x)..<min(size.width, rect.maxX) {
                self[column, row] = cell
            }
        }
    }

    /// Sets the role of every cell in a rectangle, keeping the text.
    ///
    /// - Parameters:
    ///   - rect: The area, clipped to the buffer.
    ///   - role: The new role.
    public mutating func paint(_ rect: Rect, role: ThemeRole) {
        for row in max(0, rect.y)..<min(size.height, rect.maxY) {
            for column in max(0, rect.x)..<min(size.width, rect.maxX) {
                self[column, row].role = role
            }
        }
    }

    /// The text of one row, wide characters once, trailing spaces kept.
    ///
    /// - Parameter row: The row.
    /// - Returns: The row's text.
    public func text(ofRow row: Int) -> String {
        guard row >= 0, row < size.height else { return "" }
        var line = ""
        for column in 0..<size.width {
            let cell = cells[row * size.width + column]
            if !cell.isContinuation { line += cell.grapheme }
        }
        return line
    }

    /// Every row's text with trailing spaces removed: what a person sees, for tests and
    /// snapshots.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = text(ofRow: row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The runs of cells that differ from another buffer of the same size, row by row.
    ///
    /// - Parameter previous: The buffer currently on screen.
    /// - Returns: `(row, columns)` pairs; every cell when the sizes differ.
    public func changes(since previous: ScreenBuffer?) -> [(row: Int, columns: Range<Int>)] {
        guard let previous, previous.size == size else {
            return (0..<size.height).map { ($0, 0..<size.width) }
        }
        var runs: [(row: Int, columns: Range<Int>)] = []
        for row in 0..<size.height {
            var column = 0
            while column < size.width {
                let index = row * size.width + column
                guard cells[index] != previous.cells[index] else {
                    column += 1
                    continue
                }
                var end = column + 1
                while end < size.width,
                    cells[row * size.width + end] != previous.cells[row * size.width + end]
                {
                    end += 1
                }
                // A run never starts on the right half of a wide character.
                let start = column > 0 && cells[index].isContinuation ? column - 1 : column
                runs.append((row, start..<end))
                column = end
            }
        }
        return runs
    }
}
