public import MeteorTUI

/// What the TUI's config file sets: the colours and the keys.
public struct TUIConfig: Sendable, Hashable {
    /// The colours of the semantic roles.
    public var theme: Theme
    /// The key table.
    public var keymap: Keymap

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - theme: The theme.
    ///   - keymap: The keymap.
    public init(theme: Theme = .standard, keymap: Keymap = .standard) {
        self.theme = theme
        self.keymap = keymap
    }

    /// The built-in theme and keymap, used when there is no config file or it is bad.
    public static let defaults = TUIConfig()
}
