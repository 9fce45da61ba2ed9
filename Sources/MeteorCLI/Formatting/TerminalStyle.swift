/// Colours for text output, or none.
///
/// Colour is used only when it was not turned off with `--no-color` or `NO_COLOR`, and only
/// when the output is a terminal.
public struct TerminalStyle: Sendable, Hashable {
    /// Whether escape sequences are written.
    public var enabled: Bool

    /// Creates a style.
    ///
    /// - Parameter enabled: Whether to colour.
    public init(enabled: Bool) { self.enabled = enabled }

    /// A style that never colours.
    public static let plain = TerminalStyle(enabled: false)

    /// Decides whether to colour.
    ///
    /// - Parameters:
    ///   - noColorFlag: Whether `--no-color` was given.
    ///   - environment: The environment; a non-empty `NO_COLOR` turns colour off.
    ///   - isTerminal: Whether the output is a terminal.
    /// - Returns: The style.
    public static func resolve(
        noColorFlag: Bool, environment: [String: String], isTerminal: Bool
    ) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(enabled: !noColorFlag && !noColor && isTerminal)
    }

    /// The text of an address or key.
    ///
    /// - Parameter text: The text.
    /// - Returns: The text, cyan when colouring.
    public func address(_ text: String) -> String { paint(text, "36") }

    /// The header of an error.
    ///
    /// - Parameter text: The text.
    /// - Returns: The text, bold red when colouring.
    public func error(_ text: String) -> String { paint(text, "1;31") }

    /// The header of a warning.
    ///
    /// - Parameter text: The text.
    /// - Returns: The text, yellow when colouring.
    public func warning(_ text: String) -> String { paint(text, "33") }

    /// Secondary text.
    ///
    /// - Parameter text: The text.
    /// - Returns: The text, dim when colouring.
    public func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
