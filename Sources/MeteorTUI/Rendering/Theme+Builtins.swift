extension Theme {
    /// For light terminal backgrounds: no yellow or cyan text, which fade on white.
    public static let light: Theme = {
        var theme = Theme.standard
        theme.styles[.focusedBorder] = Style(foreground: .blue)
        theme.styles[.title] = Style(foreground: .blue, attributes: .bold)
        theme.styles[.special] = Style(foreground: .magenta)
        theme.styles[.hintKey] = Style(foreground: .blue, attributes: .bold)
        theme.styles[.warning] = Style(foreground: .magenta, attributes: .bold)
        theme.styles[.match] = Style(foreground: .red, attributes: [.bold, .underline])
        theme.styles[.muted] = Style()
        theme.styles[.border] = Style()
        return theme
    }()

    /// Strong contrast: no dim text, bold colours, and a reversed selection and status bar.
    public static let highContrast: Theme = {
        var theme = Theme.standard
        for (role, style) in theme.styles {
            var attributes = style.attributes
            attributes.remove(.dim)
            if style.foreground != .default { attributes.insert(.bold) }
            theme.styles[role] = Style(
                foreground: style.foreground, background: style.background, attributes: attributes)
        }
        theme.styles[.selection] = Style(foreground: .black, background: .yellow, attributes: .bold)
        theme.styles[.inactiveSelection] = Style(attributes: .reverse)
        theme.styles[.focusedBorder] = Style(foreground: .yellow, attributes: .bold)
        theme.styles[.title] = Style(foreground: .yellow, attributes: .bold)
        return theme
    }()

    /// The built-in themes by the names config files use.
    public static let builtIn: [String: Theme] = [
        "standard": .standard, "monochrome": .monochrome, "light": .light,
        "high-contrast": .highContrast,
    ]

    /// The theme with every colour removed and the attributes kept: what `NO_COLOR` asks for.
    public var withoutColors: Theme {
        Theme(styles: styles.mapValues { Style(attributes: $0.attributes) })
    }
}
