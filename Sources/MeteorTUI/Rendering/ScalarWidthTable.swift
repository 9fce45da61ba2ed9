import MeteorFormat

/// How many terminal cells each Unicode scalar takes: the terminal's own answer, so the screen
/// model and the terminal agree on where text ends.
///
/// The curses adapter answers with the C library's `wcwidth` for the terminal's locale, which
/// is what curses and most terminals use to place characters. ``UnicodeWidthTable`` is the pure
/// default, for tests, benchmarks and the in-memory terminal. ``CellLayout`` builds grapheme
/// clusters from these answers.
public protocol ScalarWidthTable: Sendable {
    /// The cells a scalar takes when the terminal draws it.
    ///
    /// - Parameter scalar: A scalar that is not a control character.
    /// - Returns: 0 (it joins the cell before it: combining marks, joiners), 1 or 2; nil when
    ///   the terminal's locale cannot print it (`wcwidth` returns -1).
    func width(of scalar: Unicode.Scalar) -> Int?
}

/// The widths of Unicode's East Asian Width and general categories, as ``DisplayWidth``
/// knows them: the pure stand-in for the terminal's `wcwidth`.
public struct UnicodeWidthTable: ScalarWidthTable {
    /// Creates the table.
    public init() {}

    /// The scalar's width by Unicode's tables; never nil.
    ///
    /// - Parameter scalar: The scalar.
    /// - Returns: 0, 1 or 2.
    public func width(of scalar: Unicode.Scalar) -> Int? {
        DisplayWidth.of(scalar)
    }
}
