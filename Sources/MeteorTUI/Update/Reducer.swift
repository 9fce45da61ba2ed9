import MeteorKit

/// Turns input into state changes and effects: the app's only place of decisions.
///
/// `handle` is deterministic given the state, the event and the engine's data, so every key
/// is tested with plain values: `(state, event) → (state′, effects)`.
public struct Reducer {
    /// The document being edited.
    public let document: any TUIDocument
    /// The key table.
    public let keymap: Keymap
    let cache: TreeCache
    /// Row → record lookups for the history pane, shared with the view.
    let historyIndex = HistoryIndex()
    /// Runs `:` command lines; without one, the `:` line says it is not available.
    public var commands: (any CommandService)?

    /// Creates a reducer.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - keymap: The key table.
    ///   - cache: The tree cache shared with the view.
    public init(document: any TUIDocument, keymap: Keymap, cache: TreeCache) {
        self.document = document
        self.keymap = keymap
        self.cache = cache
    }

    var engine: MeteorEngine { document.engine }

    /// Handles one input event.
    ///
    /// - Parameters:
    ///   - event: The event.
    ///   - state: The state to update.
    /// - Returns: Effects for the run loop.
    public func handle(_ event: InputEvent, state: inout AppState) -> [Effect] {
        let effects: [Effect]
        switch event {
        case .resize(let size):
            state.size = size
            effects = []
        case .endOfInput:
            state.shouldQuit = true
            effects = [.quit]
        case .mouse(let mouse):
            effects = handleMouse(mouse, state: &state)
        case .key(let key):
            state.status = nil
            effects = handleKey(key, state: &state)
        }
        settle(&state)
        return effects
    }

    /// Fits every viewport to what it shows now: the tree shows as many rows as fit with the
    /// selection in sight, and each drawer pane keeps its selection in its list.
    ///
    /// One rule after every update and resize (``handle(_:state:)`` and the effects the run
    /// loop finishes), rather than one per action, so no action can leave blank rows above
    /// hidden ones or the selection out of sight.
    ///
    /// - Parameter state: The state to fit.
    public func settle(_ state: inout AppState) {
        let count = cache.visibleRows(for: state.browser).count
        state.browser.clampViewport(height: treeHeight(state), rowCount: count)
        clampPanes(&state)
    }

    private func handleKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        if let effect = terminalEffect(for: key) {
            state.pendingKeys = []
            return [effect]
        }
        switch state.mode {
        case .browse:
            return browseKey(key, state: &state)
        case .help(let filter, let scrollTop):
            return helpKey(key, filter: filter, scrollTop: scrollTop, state: &state)
        case .editing(let edit):
            return editKey(key, edit: edit, state: &state)
        case .adding(let add):
            return addKey(key, add: add, state: &state)
        case .confirmEdit(let pending):
            return confirmEditKey(key, pending: pending, state: &state)
        case .confirmDelete(let request):
            return confirmDeleteKey(key, request: request, state: &state)
        case .confirmQuit:
            return confirmQuitKey(key, state: &state)
        case .fileChanged:
            return fileChangedKey(key, state: &state)
        case .recoveryOffer:
            return recoveryKey(key, state: &state)
        case .structureField(let field):
            return structureFieldKey(key, field: field, state: &state)
        case .structurePreview(let preview):
            return structurePreviewKey(key, preview: preview, state: &state)
        case .compare(let compare):
            return compareKey(key, compare: compare, state: &state)
        case .historyDetail, .confirmHistoryJump, .editingScratch, .confirmScratchDelete:
            return paneModeKey(key, state: &state)
        case .commandLine(let line):
            return commandLineKey(key, line: line, state: &state)
        case .commandOutput, .messageLog:
            return textBoxKey(key, state: &state)
        case .saveAs(let saveAs):
            return saveAsKey(key, saveAs: saveAs, state: &state)
        case .searching, .filtering, .jumping:
            return searchFieldKey(key, state: &state)
        }
    }

    /// Suspend or redraw, when `key` is bound to one of them.
    ///
    /// They work in every mode, fields and dialogs included, unless bound to a printable
    /// character (which a field must be able to take).
    private func terminalEffect(for key: KeyPress) -> Effect? {
        if case .character = key { return nil }
        guard case .action(let action) = keymap.resolve([key], in: .browse) else { return nil }
        switch action {
        case .suspend: return .suspend
        case .redraw: return .redraw
        default: return nil
        }
    }

    private func browseKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        let keys = state.pendingKeys + [key]
        switch keymap.resolve(keys, focus: state.focus) {
        case .pending:
            state.pendingKeys = keys
            return []
        case .action(let action):
            state.pendingKeys = []
            return perform(action, state: &state)
        case .unbound:
            state.pendingKeys = []
            if keys.count > 1 { return browseKey(key, state: &state) }
            let help = keymap.key(for: .toggleHelp).map { " — press \($0) for help" }
            state.status = StatusMessage("\(key) is not bound\(help ?? "")", isError: true)
            return [.bell]
        }
    }

    private func helpKey(_ key: KeyPress, filter: String, scrollTop: Int, state: inout AppState)
        -> [Effect]
    {
        // Help's bindings on printable characters (`q`, `?`) apply until a filter is typed;
        // from then on every character goes into the filter.
        var isText = false
        if case .character = key { isText = !filter.isEmpty }
        if !isText, case .action(let action) = keymap.resolve([key], in: .help) {
            switch action {
            case .cancel:
                state.mode = .browse
            case .move(let motion):
                let help = HelpOverlay(keymap: keymap, filter: filter, scrollTop: scrollTop)
                state.mode = .help(
                    filter: filter, scrollTop: help.scrolled(motion, size: state.size))
            case .clearFilter:
                state.mode = .help(filter: "", scrollTop: 0)
            default:
                break
            }
            return []
        }
        switch key {
        case .backspace: state.mode = .help(filter: String(filter.dropLast()), scrollTop: 0)
        case .character(let character):
            state.mode = .help(filter: filter + String(character), scrollTop: 0)
        default: return [.bell]
        }
        return []
    }

    // MARK: - Browse actions

    /// Performs one action in browse mode.
    ///
    /// - Parameters:
    ///   - action: The action.
    ///   - state: The state to update.
    /// - Returns: Effects for the run loop.
    public func perform(_ action: Action, state: inout AppState) -> [Effect] {
        let rows = cache.visibleRows(for: state.browser)
        switch action {
        case .move(let motion):
            if state.focus == .value {
                scrollValue(motion, state: &state)
            } else if state.focus.isDrawer {
                movePane(motion, state: &state)
            } else {
                state.browser.move(motion, rows: rows, pageHeight: treeHeight(state))
            }
        case .expand:
            if !state.browser.expandSelection(rows: rows) {
                state.browser.move(.down, rows: rows, pageHeight: 1)
            }
        case .collapse:
            state.browser.collapseSelection(rows: rows)
        case .parent:
            state.browser.selectParent(rows: rows)
        case .activate:
            guard let row = rows.row(state.browser.selectedRow) else { return [] }
            if case .key = row.kind { return perform(.editInline, state: &state) }
            if row.isExpanded {
                state.browser.expanded.remove(row.id)
            } else {
                _ = state.browser.expandSelection(rows: rows)
            }
        case .expandAll:
            state.browser.expandAll(index: cache.currentIndex())
        case .collapseAll:
            state.browser.collapseAll()
        case .expandToLevel(let level):
            state.browser.collapseAll()
            state.browser.expandAll(index: cache.currentIndex(), toLevel: level)
        case .focusNext:
            state.focus = nextFocus(state)
        case .toggleWrap:
            state.valuePane.wraps.toggle()
            state.valuePane.scrollTop = 0
        case .toggleLineNumbers:
            state.valuePane.showsLineNumbers.toggle()
        case .editInline, .editExternal, .addKey, .delete, .undo, .redo:
            return performEdit(action, rows: rows, state: &state)
        case .save:
            return [.save(force: false)]
        case .quit:
            if document.hasUnsavedChanges {
                state.mode = .confirmQuit
            } else {
                state.shouldQuit = true
                return [.quit]
            }
        case .toggleHelp:
            state.mode = .help(filter: "", scrollTop: 0)
        case .messageLog:
            openMessageLog(state: &state)
        case .cancel:
            state.mode = .browse
        case .suspend:
            return [.suspend]
        case .redraw:
            return [.redraw]
        case .renameKey, .moveNamespace, .copyNamespace, .compareNamespace, .copyAcross,
            .nextDifference:
            return performStructure(action, rows: rows, state: &state)
        case .togglePane, .leavePane, .history, .scratch:
            return performPane(action, state: &state)
        case .openCommandLine, .copyValue, .copyPath:
            return performCommandLine(action, rows: rows, state: &state)
        case .search, .searchNext, .searchPrevious, .editFilter, .clearFilter, .fuzzyJump,
            .toggleSearchValues, .acceptSearch:
            return performSearch(action, state: &state)
        case .confirm, .choose, .complete, .recall, .pasteRegister:
            // Dialog and field answers: their modes resolve them, browsing has none.
            break
        }
        reconcile(&state)
        return []
    }

    private func scrollValue(_ motion: Motion, state: inout AppState) {
        let page = max(1, treeHeight(state) - 3)
        var top = state.valuePane.scrollTop
        switch motion {
        case .up: top -= 1
        case .down: top += 1
        case .pageUp: top -= page
        case .pageDown: top += page
        case .halfPageUp: top -= page / 2
        case .halfPageDown: top += page / 2
        case .top: top = 0
        case .bottom: top = max(0, selectedValueLineCount(state) - page)
        }
        state.valuePane.scrollTop = min(max(0, top), max(0, selectedValueLineCount(state) - 1))
    }

    private func selectedValueLineCount(_ state: AppState) -> Int {
        let rows = cache.visibleRows(for: state.browser)
        guard let id = rows.row(state.browser.selectedRow)?.id, let value = cache.value(at: id)
        else { return 0 }
        return ValueView.lineCount(of: value)
    }

    /// Rows available to the tree: its pane minus borders (an open drawer takes its share).
    func treeHeight(_ state: AppState) -> Int { max(1, Screen.layout(state).tree.height - 2) }

    /// Re-finds the selection after data or expansion changed, and scrolls to it.
    func reconcile(_ state: inout AppState) {
        applyPendingFilter(&state)
        let rows = cache.visibleRows(for: state.browser)
        let previous = state.browser.selectedID
        state.browser.reconcile(rows: rows)
        if state.browser.selectedID != previous { state.valuePane.scrollTop = 0 }
    }

    private func handleMouse(_ mouse: MouseEvent, state: inout AppState) -> [Effect] {
        guard case .browse = state.mode, !state.isTooSmall else { return [] }
        if let effects = paneMouse(mouse, state: &state) { return effects }
        let regions = Screen.layout(state)
        let inTree = regions.tree.contains(column: mouse.column, row: mouse.row)
        switch mouse.kind {
        case .scrollUp, .scrollDown:
            let motion: Motion = mouse.kind == .scrollUp ? .up : .down
            let saved = state.focus
            state.focus = inTree ? .tree : .value
            for _ in 0..<3 { _ = perform(.move(motion), state: &state) }
            state.focus = saved
        case .leftClick, .doubleClick, .rightClick:
            state.focus = inTree ? .tree : .value
            guard inTree else { return [] }
            let inside = regions.tree.inset(by: 1)
            let row = state.browser.scrollTop + mouse.row - inside.y
            let rows = cache.visibleRows(for: state.browser)
            guard mouse.row >= inside.y, row < rows.count else { return [] }
            state.browser.select(row: row, rows: rows)
            if mouse.kind == .doubleClick { return perform(.activate, state: &state) }
        }
        return []
    }
}
