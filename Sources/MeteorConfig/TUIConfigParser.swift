import MeteorTUI
import TOMLKit

/// Reads the TOML config file of the TUI: a `[theme]` and a `[keys]` section.
///
/// ```toml
/// [theme]
/// base = "standard"            # standard, monochrome, light, high-contrast
/// [theme.selection]
/// foreground = "black"
/// background = "cyan"
/// attributes = ["bold"]
///
/// [keys]
/// save = ["ctrl-s", "w"]       # replaces every default key of `save`
/// command-line = ":"
/// ```
///
/// A file with any problem is ignored as a whole, so a typo never leaves half a keymap; every
/// problem is reported, each with its line.
public struct TUIConfigParser {
    /// The file name used in problems.
    public let file: String
    let lines: SourceLines
    var problems: [ConfigProblem] = []

    private init(file: String, text: String) {
        self.file = file
        self.lines = SourceLines(text)
    }

    /// Parses a config file.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: Its name, for problems.
    /// - Returns: The configuration.
    /// - Throws: ``ConfigError`` with every problem found.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> TUIConfig {
        var parser = TUIConfigParser(file: file, text: text)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError([
                ConfigProblem(
                    file: file, line: error.source.begin.line, column: error.source.begin.column,
                    message: "TOML syntax: \(error.description)")
            ])
        } catch {
            throw ConfigError([ConfigProblem(file: file, message: "TOML syntax: \(error)")])
        }
        var config = TUIConfig.defaults
        for (name, value) in table {
            switch name {
            case "theme":
                if let theme = parser.theme(value) { config.theme = theme }
            case "keys":
                if let keymap = parser.keymap(value) { config.keymap = keymap }
            default:
                parser.report(
                    "unknown section `\(name)`", line: parser.lines.header(name),
                    hint: "the sections are [theme] and [keys]")
            }
        }
        guard parser.problems.isEmpty else {
            throw ConfigError(parser.problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
        }
        return config
    }

    /// Records a problem.
    mutating func report(_ message: String, line: Int?, hint: String? = nil) {
        problems.append(ConfigProblem(file: file, line: line, message: message, hint: hint))
    }

    /// Names written with dashes, underscores or in camel case compare equal:
    /// `focused-border`, `focused_border`, `focusedBorder`.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" })
    }
}
