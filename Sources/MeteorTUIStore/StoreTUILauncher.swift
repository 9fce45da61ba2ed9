public import MeteorStore
public import MeteorTUI

/// Opens a document file for the TUI: a loading screen with progress first, then the app.
///
/// The `meteor tui` command and the benchmark both start the TUI through here, so
/// `tui.first_frame.1m` measures exactly what a user waits for.
public enum StoreTUILauncher {
    /// Loads `path` while showing progress on `backend`, and builds the app on it.
    ///
    /// The caller enters the terminal first (so the loading screen appears at once) and runs
    /// the returned app, which leaves it; when this throws, the caller leaves it.
    ///
    /// - Parameters:
    ///   - path: The document.
    ///   - store: The store holding it.
    ///   - backend: The entered terminal.
    ///   - editor: How `E` edits values.
    ///   - engine: The engine to load into; it should be empty.
    ///   - keymap: The key table.
    ///   - initialState: The starting state; every context is opened on top of it.
    ///   - commands: What runs `:` command lines.
    ///   - clipboard: Where `y` and `Y` copy to.
    /// - Returns: The app, with every context open so the first screen shows the data's shape.
    /// - Throws: The document's error, or ``DiagnosticKind/cancelled`` when the user pressed
    ///   `q`, Ctrl-C or Esc during the load.
    public static func makeApp<Backend: TerminalBackend>(
        path: String, store: any DocumentStore, backend: Backend, editor: any ExternalEditor,
        engine: MeteorEngine = MeteorEngine(), keymap: Keymap = .standard,
        initialState: AppState = AppState(), commands: (any CommandService)? = nil,
        clipboard: any Clipboard = InMemoryClipboard()
    ) throws(MeteorError) -> App<Backend> {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let session = LoadingSession(
            backend: backend, progress: LoadingProgress(name: name, stage: "opening"))
        session.report(session.progress)
        let document = try OpenStore(path: path, store: store, engine: engine) { report in
            session.report(loadingProgress(report, name: name))
        }
        var state = initialState
        for context in document.engine.contexts { state.browser.expanded.insert(.context(context)) }
        if state.status == nil { state.status = stateMessage(document, name: name) }
        return App(
            backend: backend, document: StoreTUIDocument(document), editor: editor,
            keymap: keymap, initialState: state, commands: commands, clipboard: clipboard)
    }

    /// What the status bar says about the cursor and history saved beside the document: a
    /// broken state file, or a history dropped because the file changed since it was saved.
    ///
    /// - Parameters:
    ///   - document: The opened document.
    ///   - name: The document's name.
    /// - Returns: The message, or nil when the state came back (or there was none).
    public static func stateMessage(_ document: OpenStore, name: String) -> StatusMessage? {
        if let warning = document.stateWarning {
            // The status bar is one line: the state file by its name, not its whole path.
            let short = warning.replacing(StateFile.path(for: document.path), with: name + ".state")
            return StatusMessage(short, isError: true)
        }
        guard case .mismatch = document.stateRestoration else { return nil }
        return StatusMessage("\(name) changed since its last save; its undo history was dropped")
    }

    /// The screen's view of a store progress report.
    ///
    /// - Parameters:
    ///   - report: The store's report.
    ///   - name: The document's name.
    /// - Returns: What the loading screen shows.
    public static func loadingProgress(_ report: DocumentLoadProgress, name: String)
        -> LoadingProgress
    {
        LoadingProgress(
            name: name, stage: report.phase.rawValue, done: report.done, total: report.total,
            unit: report.phase == .indexing ? .entries : .bytes, fileBytes: report.fileBytes)
    }
}
