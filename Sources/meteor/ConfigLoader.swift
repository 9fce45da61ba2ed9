import Foundation
import MeteorConfig

/// Reads the TUI's config file: the one file read the config needs, kept in the composition
/// root so `MeteorConfig` stays free of I/O.
enum ConfigLoader {
    /// The configuration, and the problems that made it fall back to the defaults.
    struct Loaded {
        var config: TUIConfig
        var problems: [ConfigProblem]
    }

    /// Loads the config named by `--config`, or the default file when it exists.
    ///
    /// - Parameters:
    ///   - flag: The `--config` value.
    ///   - environment: The environment.
    /// - Returns: The config; the defaults, with problems, when the file is bad.
    static func load(flag: String?, environment: [String: String]) -> Loaded {
        guard let location = ConfigLocation.resolve(flag: flag, environment: environment) else {
            return Loaded(config: .defaults, problems: [])
        }
        guard FileManager.default.fileExists(atPath: location.path) else {
            guard location.isExplicit else { return Loaded(config: .defaults, problems: []) }
            return Loaded(
                config: .defaults,
                problems: [ConfigProblem(file: location.path, message: "no such file")])
        }
        guard let data = FileManager.default.contents(atPath: location.path),
            let text = String(data: data, encoding: .utf8)
        else {
            return Loaded(
                config: .defaults,
                problems: [
                    ConfigProblem(file: location.path, message: "cannot be read as UTF-8 text")
                ])
        }
        do {
            return Loaded(
                config: try TUIConfigParser.parse(text, file: location.path), problems: [])
        } catch {
            return Loaded(config: .defaults, problems: error.problems)
        }
    }
}
