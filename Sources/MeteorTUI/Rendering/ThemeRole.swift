/// A semantic colour role.
///
/// Widgets name roles, never colours; a ``Theme`` maps each role to a ``Style``.
public enum ThemeRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Ordinary text.
    case text
    /// Less important text: counts, hints, line numbers.
    case muted
    /// Pane borders.
    case border
    /// The border and title of the focused pane.
    case focusedBorder
    /// Pane titles.
    case title
    /// The selected row of the focused pane.
    case selection
    /// The selected row of an unfocused pane.
    case inactiveSelection
    /// Context names in the tree.
    case context
    /// Namespace names in the tree.
    case namespace
    /// Key names in the tree.
    case key
    /// Values.
    case value
    /// Made-visible control characters and clipping markers.
    case special
    /// The status bar.
    case statusBar
    /// The key-hint bar.
    case hintBar
    /// Keys named in hints and help.
    case hintKey
    /// Success messages and successful history records.
    case success
    /// Warnings.
    case warning
    /// Errors and failed history records.
    case error
    /// Text input fields.
    case input
    /// Dialog backgrounds.
    case dialog
    /// Added lines in a diff.
    case diffAdded
    /// Removed lines in a diff.
    case diffRemoved
    /// Search matches.
    case match
}
