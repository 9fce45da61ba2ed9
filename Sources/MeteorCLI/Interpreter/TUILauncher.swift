internal import Synchronization

/// What `meteor tui` was asked to open.
public struct TUILaunchRequest: Sendable, Hashable {
    /// The `--store` value, if given; resolve it with ``StoreLocation``.
    public var store: String?
    /// The document named on the command line (`meteor tui FILE`); it wins over `store`.
    public var file: String?
    /// Whether to open a temporary copy of the bundled sample document.
    public var demo: Bool
    /// Whether to show the workspace debug pane (`--debug-pane`), even in release builds.
    public var debugPane = false
    /// The `--config` file, if given: keys and colours (docs/tui.md).
    public var config: String?
    /// The `--filter` pattern, already validated as a `QueryPattern`.
    public var filter: String?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - store: The `--store` value.
    ///   - file: The document argument.
    ///   - demo: Whether to open the sample.
    ///   - debugPane: Whether to show the workspace debug pane.
    ///   - config: The `--config` file.
    ///   - filter: The `--filter` pattern.
    public init(
        store: String?, file: String? = nil, demo: Bool = false, debugPane: Bool = false,
        config: String? = nil, filter: String? = nil
    ) {
        self.store = store
        self.file = file
        self.demo = demo
        self.debugPane = debugPane
        self.config = config
        self.filter = filter
    }
}

/// The hook through which the executable's composition root plugs the TUI into `meteor tui`,
/// so `MeteorCLI` never depends on the TUI targets.
///
/// ```swift
/// TUILauncher.install { request in runTUI(store: request.store) }   // in main.swift
/// ```
public enum TUILauncher {
    /// Starts the TUI and returns its exit status.
    public typealias Launch = @Sendable (TUILaunchRequest) -> Int32

    private static let installed = Mutex<Launch?>(nil)

    /// Installs the launcher; the last one installed wins.
    ///
    /// - Parameter launch: Starts the TUI.
    public static func install(_ launch: @escaping Launch) {
        installed.withLock { $0 = launch }
    }

    /// Starts the installed TUI, or prints that it is not built yet and returns 2.
    ///
    /// - Parameter request: What to open.
    /// - Returns: The exit status.
    public static func launch(_ request: TUILaunchRequest) -> Int32 {
        guard let launch = installed.withLock({ $0 }) else {
            StandardStreams.error(
                "meteor: the TUI is not built yet; see docs/cli.md (section `tui`). "
                    + "Use `meteor repl` meanwhile.\n")
            return ExitStatus.usage.rawValue
        }
        return launch(request)
    }
}
