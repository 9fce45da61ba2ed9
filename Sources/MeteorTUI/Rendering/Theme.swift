/// Maps every ``ThemeRole`` to a ``Style``.
///
/// ``Theme/standard`` uses the terminal's default background and eight colours, so it reads
/// well on light and dark terminals. ``Theme/monochrome`` uses attributes only, for `NO_COLOR`.
public struct Theme: Sendable, Hashable {
    /// The style of each role.
    public var styles: [ThemeRole: Style]

    /// Creates a theme; roles without a style use plain text.
    ///
    /// - Parameter styles: The style of each role.
    public init(styles: [ThemeRole: Style]) {
        self.styles = styles
    }

    /// The style of a role.
    ///
    /// - Parameter role: The role.
    /// - Returns: Its style, or plain text.
    public subscript(role: ThemeRole) -> Style { styles[role] ?? Style() }

    /// The default colour theme.
    public static let standard = Theme(styles: [
        .text: Style(),
        .muted: Style(attributes: .dim),
        .border: Style(attributes: .dim),
        .focusedBorder: Style(foreground: .cyan),
        .title: Style(foreground: .cyan, attributes: .bold),
        .selection: Style(attributes: .reverse),
        .inactiveSelection: Style(attributes: [.reverse, .dim]),
        .context: Style(foreground: .magenta, attributes: .bold),
        .namespace: Style(foreground: .blue, attributes: .bold),
        .key: Style(),
        .value: Style(),
        .special: Style(foreground: .yellow, attributes: .dim),
        .statusBar: Style(attributes: .reverse),
        .hintBar: Style(attributes: .dim),
        .hintKey: Style(foreground: .cyan, attributes: .bold),
        .success: Style(foreground: .green),
        .warning: Style(foreground: .yellow),
        .error: Style(foreground: .red, attributes: .bold),
        .input: Style(attributes: .underline),
        .dialog: Style(),
        .diffAdded: Style(foreground: .green),
        .diffRemoved: Style(foreground: .red),
        .match: Style(foreground: .yellow, attributes: [.bold, .underline]),
    ])

    /// A theme without colours, for `NO_COLOR` and monochrome terminals.
    public static let monochrome = Theme(
        styles: standard.styles.mapValues { style in
            Style(attributes: style.attributes)
        })
}
