public import ArgumentParser
import MeteorFormat

/// `meteor tui`: the full-screen editor, through the launcher the executable installs.
public struct TuiCommand: ParsableCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Browse and edit the store in a full-screen terminal UI.",
        discussion: """
            Opens FILE, or the store (see --store), in the full-screen editor. With --demo it
            opens a temporary copy of the bundled sample document instead. Press F1 inside
            for the keys; docs/tui.md has the full key map.

            --filter starts with the tree filtered by a pattern, as `f` does inside: a
            `CTX:NS:KEY` glob as for `find`, or text without `:` matching keys in every
            namespace (`port` is `*:**:*port*`).

            Examples:
              meteor tui --demo
              meteor tui notes.meteor
              meteor tui --store ./notes.meteor
              meteor tui --debug-pane notes.meteor
              meteor tui --config ./meteor.toml notes.meteor
              meteor tui --filter 'app:ui*:*' notes.meteor
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The document to open; the store when omitted.
    @Argument(help: "The .meteor document to open (default: the store).")
    public var file: String?

    /// Whether to open the bundled sample.
    @Flag(help: "Open a temporary copy of the bundled sample document.")
    public var demo = false

    /// Whether to show the workspace debug pane.
    @Flag(help: "Show the workspace debug pane (W) at start, even in a release build.")
    public var debugPane = false

    /// The configuration file to read instead of the default one.
    @Option(
        help: ArgumentHelp(
            "The config file (default: $XDG_CONFIG_HOME/meteor/config.toml).", valueName: "path"))
    public var config: String?

    /// The filter to start with.
    @Option(help: "Start with the tree filtered by PATTERN (see `f` in the TUI).")
    public var filter: String?

    /// Creates the command with default values.
    public init() {}

    /// Rejects a filter that is not a pattern, naming the problem.
    ///
    /// - Throws: `ValidationError` with the pattern's diagnostic.
    public func validate() throws {
        guard let filter else { return }
        do {
            _ = try QueryPattern(filter)
        } catch {
            throw ValidationError(
                "--filter \(filter): \(error.diagnostic.rendered())")
        }
    }

    /// Starts the TUI, or explains that it is not built yet.
    ///
    /// - Throws: `ExitCode` when the status is not 0.
    public func run() throws {
        let status = TUILauncher.launch(
            TUILaunchRequest(
                store: options.store, file: file, demo: demo, debugPane: debugPane, config: config,
                filter: filter))
        if status != 0 { throw ExitCode(status) }
    }
}
