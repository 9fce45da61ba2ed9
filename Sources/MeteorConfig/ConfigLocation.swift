/// Where the config file is: `--config`, else `$XDG_CONFIG_HOME/meteor/config.toml`, else
/// `~/.config/meteor/config.toml`.
public struct ConfigLocation: Sendable, Hashable {
    /// The path.
    public var path: String
    /// Whether the user named it (`--config`): then a missing file is an error, while a
    /// missing default file just means the defaults.
    public var isExplicit: Bool

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - path: The path.
    ///   - isExplicit: Whether the user named it.
    public init(path: String, isExplicit: Bool) {
        self.path = path
        self.isExplicit = isExplicit
    }

    /// Resolves the location.
    ///
    /// - Parameters:
    ///   - flag: The `--config` value.
    ///   - environment: The environment (`XDG_CONFIG_HOME`, `HOME`).
    /// - Returns: The location, or nil when there is no flag and no home folder to look in.
    public static func resolve(flag: String?, environment: [String: String]) -> ConfigLocation? {
        if let flag { return ConfigLocation(path: flag, isExplicit: true) }
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return ConfigLocation(path: base + "/meteor/config.toml", isExplicit: false)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return ConfigLocation(path: home + "/.config/meteor/config.toml", isExplicit: false)
        }
        return nil
    }
}
