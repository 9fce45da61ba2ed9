/// Everything the screen shows, as a value: reducer tests compare it with `==`.
public struct AppState: Sendable, Hashable {
    /// What takes the keys.
    public var mode: Mode = .browse
    /// The focused pane.
    public var focus: Pane = .tree
    /// The tree pane.
    public var browser = BrowserState()
    /// The value pane.
    public var valuePane = ValuePaneState()
    /// Keys typed so far of a multi-key binding such as `gg`.
    public var pendingKeys: [KeyPress] = []
    /// The message in the status bar; every message set here is also kept in
    /// ``messages``, so a message cut short in the status bar can be read whole.
    public var status: StatusMessage? {
        didSet {
            if let status { messages.append(status) }
        }
    }
    /// The recent status messages, oldest first.
    public var messages = MessageLog()
    /// The terminal size.
    public var size = Size(width: 80, height: 24)
    /// Whether the app should stop.
    public var shouldQuit = false
    /// The drawer panes: history, scratch notes, workspace.
    public var panes = PanesState()

    // MARK: Command line and copy
    /// The `:` lines run in this session, oldest first.
    public var commandHistory: [String] = []
    /// The internal register: the last text `y` or `Y` copied.
    public var register: String?

    // MARK: Search
    /// The last search and what the filter replaced.
    public var search = SearchState()

    /// Creates the initial state.
    public init() {}

    /// The smallest usable terminal.
    public static let minimumSize = Size(width: 40, height: 10)

    /// Whether the terminal is too small to draw the panes.
    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }
}
