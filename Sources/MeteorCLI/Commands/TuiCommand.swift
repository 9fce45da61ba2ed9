public import ArgumentParser

/// `meteor tui`: the full-screen editor, through the launcher the executable installs.
public struct TuiCommand: ParsableCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Browse and edit the store in a full-screen terminal UI.",
        discussion: """
            Until the TUI is built this prints a notice and exits with 2.

            Examples:
              meteor tui
              meteor tui --store ./notes.meteor
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Creates the command with default values.
    public init() {}

    /// Starts the TUI, or explains that it is not built yet.
    ///
    /// - Throws: `ExitCode` when the status is not 0.
    public func run() throws {
        let status = TUILauncher.launch(TUILaunchRequest(store: options.store))
        if status != 0 { throw ExitCode(status) }
    }
}
