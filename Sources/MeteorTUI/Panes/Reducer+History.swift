import MeteorKit

/// The history pane's actions: the failed-only filter, inspecting a record, and undoing (or
/// redoing) back to a record in one confirmed jump.
extension Reducer {
    /// Performs a history pane action.
    func performHistory(_ action: HistoryAction, state: inout AppState) -> [Effect] {
        switch action {
        case .toggleFailedOnly:
            let selected = selectedHistoryID(state)
            state.panes.historyFailedOnly.toggle()
            let failedOnly = state.panes.historyFailedOnly
            let row = selected.flatMap { historyIndex.row(of: $0, engine, failedOnly: failedOnly) }
            state.panes.history.select(
                row ?? 0, count: historyIndex.count(engine, failedOnly: failedOnly),
                height: paneHeight(.history, state))
            state.status = StatusMessage(
                failedOnly
                    ? keymap.message(
                        "showing failed commands only",
                        [(.history(.toggleFailedOnly), "shows all")],
                        in: .history)
                    : "showing all commands")
        case .inspect:
            guard let id = selectedHistoryID(state), let record = engine.history.record(id: id)
            else {
                state.status = StatusMessage("no history record selected", isError: true)
                return []
            }
            state.mode = .historyDetail(
                HistoryDetailBuilder.detail(
                    for: record, in: engine.history, zone: state.panes.timeZone,
                    redoKey: keymap.key(for: .redo)))
        case .jumpHere:
            guard let id = selectedHistoryID(state) else {
                state.status = StatusMessage("no history record selected", isError: true)
                return []
            }
            let jump = historyJump(to: id)
            if jump.steps.isEmpty {
                state.status = StatusMessage("nothing newer than #\(id) to undo")
            } else {
                state.mode = .confirmHistoryJump(jump)
            }
        }
        return []
    }

    /// The record id on the history pane's selected row.
    func selectedHistoryID(_ state: AppState) -> Int? {
        historyIndex.recordID(
            atRow: state.panes.history.selected, engine,
            failedOnly: state.panes.historyFailedOnly)
    }

    /// The steps that bring the data back to just after record `id`: undo every applied
    /// change newer than it, or, when `id` itself was undone, redo the undone changes up to
    /// and including it.
    func historyJump(to id: Int) -> HistoryJump {
        let redo = engine.history.redoSteps(through: id)
        if !redo.isEmpty { return HistoryJump(recordID: id, direction: .redo, steps: redo) }
        return HistoryJump(
            recordID: id, direction: .undo, steps: engine.history.undoSteps(after: id))
    }

    // MARK: - Dialogs

    func historyDetailKey(_ key: KeyPress, detail: HistoryDetail, state: inout AppState)
        -> [Effect]
    {
        var detail = detail
        let area = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 2)
        let page = max(1, PaneOverlays.detailBox(area).height - 2)
        let count = PaneOverlays.wrappedLines(detail, in: area).count
        switch keymap.resolve([key], in: .detail) {
        case .action(.cancel):
            state.mode = .browse
        case .action(.move(let motion)):
            detail.scrollTop = motion.scrolled(detail.scrollTop, count: count, page: page)
            state.mode = .historyDetail(detail)
        default:
            return [.bell]
        }
        return []
    }

    func historyJumpKey(_ key: KeyPress, jump: HistoryJump, state: inout AppState) -> [Effect] {
        switch keymap.resolve([key], in: .historyJump) {
        case .action(.confirm):
            state.mode = .browse
            runJump(jump, state: &state)
        case .action(.cancel):
            state.mode = .browse
            state.status = StatusMessage("nothing undone")
        default:
            return [.bell]
        }
        return []
    }

    /// Runs the steps through the engine one by one, so each stays a separate redo step.
    private func runJump(_ jump: HistoryJump, state: inout AppState) {
        var done = 0
        do {
            for _ in jump.steps {
                if jump.direction == .undo { try engine.undo() } else { try engine.redo() }
                done += 1
            }
            let verb = jump.direction == .undo ? "undid" : "redid"
            let back: (Action, String) =
                jump.direction == .undo
                ? (.redo, "redoes them one by one") : (.undo, "undoes them one by one")
            state.status = StatusMessage(
                keymap.message(
                    "\(verb) \(done) change\(done == 1 ? "" : "s"), back to #\(jump.recordID)",
                    [back]))
        } catch {
            state.status = StatusMessage(
                "stopped after \(done) of \(jump.steps.count): \(error.message)", isError: true)
        }
        reconcile(&state)
    }
}
