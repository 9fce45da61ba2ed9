public import ArgumentParser

/// `meteor tui`: the full-screen editor, through the launcher the executable installs.
public struct TuiCommand: ParsableCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Browse and edit the store in a full-screen terminal UI.",
        discussion: """
            Opens FILE, or the store (see --store), in the full-screen editor. With --demo it
            opens a temporary copy of the bundled sample document instead. Press ? inside
            for the keys; docs/tui.md has the full key map.

            Examples:
              meteor tui --demo
              meteor tui notes.meteor
              meteor tui --store ./notes.meteor
              meteor tui --debug-pane notes.meteor
              meteor tui --config ./meteor.toml notes.meteor
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

    /// Creates the command with default values.
    public init() {}

    /// Starts the TUI, or explains that it is not built yet.
    ///
    /// - Throws: `ExitCode` when the status is not 0.
    public func run() throws {
        let status = TUILauncher.launch(
            TUILaunchRequest(
                store: options.store, file: file, demo: demo, debugPane: debugPane, config: config))
        if status != 0 { throw ExitCode(status) }
    }
}
