/// How a role looks: colours and attributes.
public struct Style: Sendable, Hashable {
    /// Foreground colour.
    public var foreground: TerminalColor
    /// Background colour.
    public var background: TerminalColor
    /// Bold, dim, reverse, underline, italic.
    public var attributes: TextAttributes

    /// Creates a style.
    ///
    /// - Parameters:
    ///   - foreground: Foreground colour; the terminal default when omitted.
    ///   - background: Background colour; the terminal default when omitted.
    ///   - attributes: Attributes.
    public init(
        foreground: TerminalColor = .default, background: TerminalColor = .default,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// One of the eight basic terminal colours, or the terminal's own default.
public enum TerminalColor: Int, Sendable, Hashable, CaseIterable, Codable {
    /// The terminal's default colour (keeps transparent backgrounds transparent).
    case `default` = -1
    /// Black.
    case black = 0
    /// Red.
    case red
    /// Green.
    case green
    /// Yellow.
    case yellow
    /// Blue.
    case blue
    /// Magenta.
    case magenta
    /// Cyan.
    case cyan
    /// White.
    case white
}

/// Text attributes, combinable.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    /// The bit pattern.
    public let rawValue: UInt8

    /// Creates attributes from bits.
    ///
    /// - Parameter rawValue: The bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Dim.
    public static let dim = TextAttributes(rawValue: 1 << 1)
    /// Reverse video.
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Underline.
    public static let underline = TextAttributes(rawValue: 1 << 3)
    /// Italic.
    public static let italic = TextAttributes(rawValue: 1 << 4)
}
