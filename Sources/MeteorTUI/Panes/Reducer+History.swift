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
                failedOnly ? "showing failed commands only — x shows all" : "showing all commands")
        case .inspect:
            guard let id = selectedHistoryID(state), let record = engine.history.record(id: id)
            else {
                state.status = StatusMessage("no history record selected", isError: true)
                return []
            }
            state.mode = .historyDetail(
                HistoryDetailBuilder.detail(
                    for: record, in: engine.history, zone: state.panes.timeZone))
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
        let last = max(0, PaneOverlays.wrappedLines(detail, in: area).count - page)
        switch key {
        case .escape, .character("q"), .enter, .character("i"):
            state.mode = .browse
            return []
        case .down, .character("j"): detail.scrollTop += 1
        case .up, .character("k"): detail.scrollTop -= 1
        case .pageDown, .control("d"), .character(" "): detail.scrollTop += page
        case .pageUp, .control("u"): detail.scrollTop -= page
        case .home, .character("g"): detail.scrollTop = 0
        case .end, .character("G"): detail.scrollTop = last
        default: return [.bell]
        }
        detail.scrollTop = min(max(0, detail.scrollTop), last)
        state.mode = .historyDetail(detail)
        return []
    }

    func historyJumpKey(_ key: KeyPress, jump: HistoryJump, state: inout AppState) -> [Effect] {
        switch key {
        case .character("y"), .enter:
            state.mode = .browse
            runJump(jump, state: &state)
        case .character("n"), .escape:
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
            let next = jump.direction == .undo ? "Ctrl-R redoes" : "u undoes"
            state.status = StatusMessage(
                "\(verb) \(done) change\(done == 1 ? "" : "s"), back to #\(jump.recordID) — \(next) them one by one"
            )
        } catch {
            state.status = StatusMessage(
                "stopped after \(done) of \(jump.steps.count): \(error.message)", isError: true)
        }
        reconcile(&state)
        clampPanes(&state)
    }
}
