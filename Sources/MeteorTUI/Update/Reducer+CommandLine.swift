import MeteorFormat

extension Reducer {
    /// The most lines the session's command history keeps.
    static let historyLimit = 500

    /// Opens the `:` line, or copies (`y`, `Y`).
    func performCommandLine(_ action: Action, rows: VisibleRows, state: inout AppState)
        -> [Effect]
    {
        switch action {
        case .openCommandLine:
            state.mode = .commandLine(CommandLineState())
            return []
        case .copyValue, .copyPath:
            return copySelection(action, rows: rows, state: &state)
        default:
            return []
        }
    }

    // MARK: - Typing

    func commandLineKey(_ key: KeyPress, line: CommandLineState, state: inout AppState)
        -> [Effect]
    {
        var line = line
        if key == .backspace, line.editor.text.isEmpty {
            // As in vi: backspacing over the `:` leaves the command line.
            state.mode = .browse
            return []
        }
        switch keymap.resolve([key], in: .commandLine) {
        case .action(.cancel):
            state.mode = .browse
            return []
        case .action(.confirm):
            return submit(line.editor.text, state: &state)
        case .action(.complete(let forward)):
            let effects = complete(&line, backwards: !forward, state: &state)
            state.mode = .commandLine(line)
            return effects
        case .action(.recall(let older)):
            line.completion = nil
            guard recall(&line, older: older, history: state.commandHistory) else {
                return [.bell]
            }
        case .action(.pasteRegister):
            line.completion = nil
            guard let register = state.register else {
                let copies = [keymap.key(for: .copyValue), keymap.key(for: .copyPath)]
                    .compactMap { $0 }.joined(separator: " or ")
                state.status = StatusMessage(
                    "the register is empty" + (copies.isEmpty ? "" : ": \(copies) copies first"))
                return [.bell]
            }
            line.editor.insert(register)
        default:
            line.completion = nil
            if !line.editor.handle(key) { return [.bell] }
        }
        state.mode = .commandLine(line)
        return []
    }

    /// Up shows older lines, Down newer ones and finally the line being typed.
    private func recall(_ line: inout CommandLineState, older: Bool, history: [String]) -> Bool {
        guard !history.isEmpty else { return false }
        switch (line.historyIndex, older) {
        case (nil, true):
            line.draft = line.editor.text
            line.historyIndex = history.count - 1
        case (let index?, true):
            guard index > 0 else { return false }
            line.historyIndex = index - 1
        case (nil, false):
            return false
        case (let index?, false):
            if index + 1 < history.count {
                line.historyIndex = index + 1
            } else {
                line.historyIndex = nil
                line.editor = LineEditor(line.draft)
                return true
            }
        }
        line.editor = LineEditor(history[line.historyIndex ?? 0])
        return true
    }

    /// Runs the line: vi's `w`, `q`, `wq`, `x`, `w!` and `q!` here, everything else through
    /// the command service.
    private func submit(_ text: String, state: inout AppState) -> [Effect] {
        state.mode = .browse
        let line = Self.trimmed(text)
        guard !line.isEmpty else { return [] }
        if state.commandHistory.last != line {
            state.commandHistory.append(line)
            if state.commandHistory.count > Self.historyLimit {
                state.commandHistory.removeFirst()
            }
        }
        switch line {
        case "w": return perform(.save, state: &state)
        case "w!": return [.save(force: true)]
        case "q": return perform(.quit, state: &state)
        case "q!":
            state.shouldQuit = true
            return [.quit]
        case "wq", "x": return [.save(force: false), .quit]
        case "messages", "mes":
            openMessageLog(state: &state)
            return []
        default: break
        }
        guard commands != nil else {
            state.status = StatusMessage("the command line is not available here", isError: true)
            return [.bell]
        }
        return [.runCommand(line)]
    }

    static func trimmed(_ text: String) -> String {
        let characters = Array(text)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[first...last])
    }

    // MARK: - Results

    /// The command ran: refresh the tree, show the result, and do what it asked for.
    ///
    /// One short line goes to the status bar; longer output opens a scrollable box.
    ///
    /// - Parameters:
    ///   - line: The command line.
    ///   - reply: What the command service answered.
    ///   - state: The state to update.
    /// - Returns: Effects the reply asks for (save, quit, reload).
    public func commandFinished(_ line: String, reply: CommandReply, state: inout AppState)
        -> [Effect]
    {
        reconcile(&state)
        var lines = reply.text.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        let statusRoom = max(20, state.size.width - 40)
        if lines.isEmpty {
            if reply.directive == nil { state.status = StatusMessage("\(line): done") }
        } else if lines.count == 1, DisplayWidth.of(lines[0]) <= statusRoom {
            state.status = StatusMessage(lines[0], isError: reply.isError)
        } else {
            let tone: CommandOutputState.Tone =
                reply.isError ? .error : reply.hasWarnings ? .warning : .output
            state.mode = .commandOutput(CommandOutputState(command: line, lines: lines, tone: tone))
        }
        switch reply.directive {
        case .save(let force)?: return [.save(force: force)]
        case .quit?: return perform(.quit, state: &state)
        case .reload?: return [.reload]
        case nil: return []
        }
    }

    // MARK: - Output box and message log

    /// Keys in the output box and the message log: close, scroll, or open another `:` line.
    func textBoxKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        guard let box = Overlays.textBox(state, keymap: keymap) else { return [] }
        switch keymap.resolve([key], in: .output) {
        case .action(.cancel):
            state.mode = .browse
        case .action(.openCommandLine):
            state.mode = .commandLine(CommandLineState())
        case .action(.move(let motion)):
            let top = box.scrolled(motion, size: state.size)
            switch state.mode {
            case .commandOutput(var output):
                output.scrollTop = top
                state.mode = .commandOutput(output)
            default:
                state.mode = .messageLog(scrollTop: top)
            }
        default:
            return [.bell]
        }
        return []
    }

    /// Opens the message log at its newest message.
    func openMessageLog(state: inout AppState) {
        state.mode = .messageLog(scrollTop: 0)
        guard let box = Overlays.textBox(state, keymap: keymap) else { return }
        state.mode = .messageLog(scrollTop: box.scrolled(.bottom, size: state.size))
    }
}
