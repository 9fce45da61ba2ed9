import MeteorKit

/// The drawer panes' share of the reducer: opening and focusing them, moving in them, the
/// mouse over them, and the keys of their dialogs.
extension Reducer {
    /// Performs a drawer-pane action in browse mode.
    func performPane(_ action: Action, state: inout AppState) -> [Effect] {
        switch action {
        case .togglePane(let pane):
            togglePane(pane, state: &state)
        case .leavePane:
            state.focus = .tree
        case .history(let action):
            return performHistory(action, state: &state)
        case .scratch(let action):
            return performScratch(action, state: &state)
        default:
            break
        }
        return []
    }

    private func togglePane(_ pane: Pane, state: inout AppState) {
        if pane == .workspace, !state.panes.isWorkspaceEnabled {
            state.status = StatusMessage(
                "the workspace pane needs a debug build or `meteor tui --debug-pane`",
                isError: true)
            return
        }
        let opening = !state.panes.isOpen(pane)
        state.panes.set(pane, open: opening)
        if opening {
            state.focus = pane
        } else if state.focus == pane {
            state.focus = .tree
        }
    }

    /// The pane after the focused one: tree, value, then the open drawer panes.
    func nextFocus(_ state: AppState) -> Pane {
        let cycle: [Pane] = [.tree, .value] + state.panes.open
        let index = cycle.firstIndex(of: state.focus) ?? 0
        return cycle[(index + 1) % cycle.count]
    }

    /// Rows a drawer pane shows inside its border; 0 when it is closed.
    func paneHeight(_ pane: Pane, _ state: AppState) -> Int {
        guard let rect = Screen.layout(state).drawer[pane] else { return 0 }
        return max(1, rect.height - 2)
    }

    /// How many rows a drawer pane's list has.
    func paneRowCount(_ pane: Pane, _ state: AppState) -> Int {
        switch pane {
        case .history: historyIndex.count(engine, failedOnly: state.panes.historyFailedOnly)
        case .scratch: engine.scratch.count
        case .workspace: WorkspacePane.rows(engine).count
        case .tree, .value: 0
        }
    }

    /// Moves the selection of the focused drawer pane (the workspace pane only scrolls).
    func movePane(_ motion: Motion, state: inout AppState) {
        let pane = state.focus
        let count = paneRowCount(pane, state)
        let height = paneHeight(pane, state)
        switch pane {
        case .history: state.panes.history.move(motion, count: count, height: height)
        case .scratch: state.panes.scratch.move(motion, count: count, height: height)
        case .workspace:
            state.panes.workspace.scroll(
                by: Self.scrollDelta(motion, page: height), count: count, height: height)
        case .tree, .value: break
        }
    }

    /// How far a motion scrolls a list that has no selection.
    static func scrollDelta(_ motion: Motion, page: Int) -> Int {
        switch motion {
        case .up: -1
        case .down: 1
        case .pageUp: -page
        case .pageDown: page
        case .halfPageUp: -max(1, page / 2)
        case .halfPageDown: max(1, page / 2)
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        }
    }

    /// Keeps every drawer pane's selection inside its list after data or layout changed.
    func clampPanes(_ state: inout AppState) {
        for pane in state.panes.open {
            let count = paneRowCount(pane, state)
            let height = paneHeight(pane, state)
            switch pane {
            case .history: state.panes.history.clamp(count: count, height: height)
            case .scratch: state.panes.scratch.clamp(count: count, height: height)
            case .workspace: state.panes.workspace.clamp(count: count, height: height)
            case .tree, .value: break
            }
        }
    }

    // MARK: - Mouse

    /// Handles the mouse over a drawer pane; nil when the pointer is elsewhere.
    func paneMouse(_ mouse: MouseEvent, state: inout AppState) -> [Effect]? {
        let drawer = Screen.layout(state).drawer
        guard
            let (pane, rect) = drawer.first(where: {
                $0.value.contains(column: mouse.column, row: mouse.row)
            })
        else { return nil }
        let count = paneRowCount(pane, state)
        let height = max(1, rect.height - 2)
        switch mouse.kind {
        case .scrollUp, .scrollDown:
            let delta = mouse.kind == .scrollUp ? -3 : 3
            switch pane {
            case .history: state.panes.history.scroll(by: delta, count: count, height: height)
            case .scratch: state.panes.scratch.scroll(by: delta, count: count, height: height)
            default: state.panes.workspace.scroll(by: delta, count: count, height: height)
            }
        case .leftClick, .doubleClick, .rightClick:
            state.focus = pane
            let inside = rect.inset(by: 1)
            guard inside.contains(column: mouse.column, row: mouse.row) else { return [] }
            let offset = mouse.row - inside.y
            switch pane {
            case .history:
                let row = state.panes.history.scrollTop + offset
                guard row < count else { return [] }
                state.panes.history.select(row, count: count, height: height)
                if mouse.kind == .doubleClick { return performHistory(.inspect, state: &state) }
            case .scratch:
                let row = state.panes.scratch.scrollTop + offset
                guard row < count else { return [] }
                state.panes.scratch.select(row, count: count, height: height)
                if mouse.kind == .doubleClick { return performScratch(.edit, state: &state) }
            default:
                break
            }
        }
        return []
    }

    // MARK: - Dialog keys

    /// Keys in the drawer panes' modes.
    func paneModeKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        switch state.mode {
        case .historyDetail(let detail):
            return historyDetailKey(key, detail: detail, state: &state)
        case .confirmHistoryJump(let jump):
            return historyJumpKey(key, jump: jump, state: &state)
        case .editingScratch(let edit):
            return scratchEditKey(key, edit: edit, state: &state)
        case .confirmScratchDelete(let name):
            return scratchDeleteKey(key, name: name, state: &state)
        default:
            return []
        }
    }
}
