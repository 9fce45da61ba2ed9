import CNCursesW
public import MeteorTUI

/// The C library's `wcwidth` for the current locale: the widths curses and the terminal place
/// characters by, so the app's frames line up with what the terminal draws.
///
/// Valid once the locale is set (``NCursesTerminal/enter()`` sets it).
public struct LocaleWidthTable: ScalarWidthTable {
    /// Creates the table.
    public init() {}

    /// `wcwidth` of the scalar.
    ///
    /// - Parameter scalar: The scalar.
    /// - Returns: 0, 1 or 2; nil when the locale cannot print it.
    public func width(of scalar: Unicode.Scalar) -> Int? {
        let width = Int(cnc_wcwidth(scalar.value))
        return width < 0 ? nil : width
    }
}
