import MeteorKit

/// The run loop: draw, wait for an event, update, run effects; generic over the terminal.
///
/// With ``InMemoryTerminal`` it runs whole sessions in tests and benchmarks; with the curses
/// backend it is the real TUI. Effects (saving, `$EDITOR`) are the only I/O, and they go
/// through ``TUIDocument`` and ``ExternalEditor``.
public final class App<Backend: TerminalBackend> {
    /// The terminal.
    public let backend: Backend
    /// The reducer.
    public let reducer: Reducer
    /// The current state.
    public internal(set) var state: AppState
    private let editor: any ExternalEditor
    /// Where `y` and `Y` copy to.
    public let clipboard: any Clipboard

    /// Creates an app.
    ///
    /// - Parameters:
    ///   - backend: The terminal.
    ///   - document: The document to browse and edit.
    ///   - editor: How `E` edits values.
    ///   - keymap: The key table.
    ///   - initialState: The starting state (e.g. with nodes expanded).
    ///   - commands: Runs `:` command lines; nil leaves the `:` line unavailable.
    ///   - clipboard: Where `y` and `Y` copy to.
    public init(
        backend: Backend, document: any TUIDocument, editor: any ExternalEditor,
        keymap: Keymap = .standard, initialState: AppState = AppState(),
        commands: (any CommandService)? = nil, clipboard: any Clipboard = InMemoryClipboard()
    ) {
        self.backend = backend
        self.editor = editor
        self.clipboard = clipboard
        var reducer = Reducer(
            document: document, keymap: keymap, cache: TreeCache(source: document.engine))
        reducer.commands = commands
        self.reducer = reducer
        self.state = initialState
    }

    /// Runs until the user quits or input ends.
    ///
    /// - Throws: When the terminal cannot be used.
    public func run() throws {
        try backend.enter()
        defer { backend.leave() }
        state.size = backend.size
        if let count = reducer.document.pendingRecoveryCount {
            state.mode = .recoveryOffer(count: count)
        }
        reducer.reconcile(&state)
        reducer.settle(&state)
        while !state.shouldQuit {
            draw()
            guard let event = backend.nextEvent(timeout: nil) else { continue }
            step(event)
        }
    }

    /// Handles one event and its effects, without drawing.
    ///
    /// - Parameter event: The event.
    public func step(_ event: InputEvent) {
        let effects = reducer.handle(event, state: &state)
        for effect in effects {
            guard run(effect) else { break }
        }
        if !effects.isEmpty { reducer.settle(&state) }
    }

    /// Draws the current state.
    public func draw() {
        let (frame, cursor) = Screen.render(
            state, reducer: reducer, cellLayout: backend.cellLayout)
        backend.present(frame, cursor: cursor)
    }

    /// Runs one effect; returns false when later effects must not run (a save failed).
    func run(_ effect: Effect) -> Bool {
        switch effect {
        case .save(let force):
            do {
                try reducer.document.save(overwritingExternalChanges: force)
                state.status = savedStatus("saved \(reducer.document.displayName)")
            } catch {
                reducer.saveFailed(error, state: &state)
                return false
            }
        case .reload:
            do {
                try reducer.document.reload()
                state.status = StatusMessage("reloaded \(reducer.document.displayName)")
            } catch {
                state.status = StatusMessage("reload failed: \(error.message)", isError: true)
            }
            reducer.reconcile(&state)
        case .editExternally(let address, let value):
            let result = editExternally(value, name: "\(address.key.flat).txt")
            reducer.externalEditFinished(address, original: value, result: result, state: &state)
        case .editScratchExternally(let name, let value):
            let result = editExternally(value, name: "\(name).txt")
            reducer.scratchExternalEditFinished(
                name, original: value, result: result, state: &state)
        case .quit:
            state.shouldQuit = true
        case .discardChanges:
            do {
                try reducer.document.discardUnsavedChanges()
            } catch {
                state.shouldQuit = false
                state.status = StatusMessage("discard failed: \(error.message)", isError: true)
                return false
            }
        case .bell:
            break
        case .suspend:
            if !backend.suspendProcess() {
                state.status = StatusMessage(
                    "cannot suspend: the shell that started meteor has no job control",
                    isError: true)
            }
        case .redraw:
            backend.invalidate()
        case .runCommand, .copy:
            return runCommandLine(effect)
        case .saveAs(let path, let overwrite):
            do {
                try reducer.document.save(as: path, overwrite: overwrite)
                state.status = savedStatus("saved as \(reducer.document.path)")
            } catch {
                reducer.saveAsFailed(error, path: path, state: &state)
                return false
            }
        }
        return true
    }

    /// Runs the editor with the terminal handed over to it.
    private func editExternally(_ text: String, name: String) -> Result<
        String, ExternalEditorError
    > {
        backend.suspended { () -> Result<String, ExternalEditorError> in
            do throws(ExternalEditorError) {
                return .success(try editor.edit(text, name: name))
            } catch {
                return .failure(error)
            }
        }
    }

    /// The status after a save: what was saved, plus a warning the save had.
    private func savedStatus(_ text: String) -> StatusMessage {
        guard let warning = reducer.document.saveWarning else { return StatusMessage(text) }
        return StatusMessage("\(text), but \(warning)", isError: true)
    }
}
