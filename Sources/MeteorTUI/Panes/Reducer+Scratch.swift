import MeteorKit

/// The scratch pane's actions. Every change goes through ``MeteorEngine/execute(_:)`` with
/// the `scratch…` commands, so history records it and `u` undoes it.
extension Reducer {
    /// Performs a scratch pane action.
    func performScratch(_ action: ScratchAction, state: inout AppState) -> [Effect] {
        if action == .add {
            state.mode = .editingScratch(ScratchEdit())
            return []
        }
        guard let name = selectedScratchName(state) else {
            state.status = StatusMessage(
                keymap.message("no note selected", [(.scratch(.add), "adds one")], in: .scratch),
                isError: true)
            return []
        }
        let text = engine.scratch.get(name) ?? ""
        switch action {
        case .edit where !text.contains("\n"):
            state.mode = .editingScratch(ScratchEdit(name: name, text: text))
        case .edit, .editExternal:
            if action == .edit { state.status = StatusMessage("multi-line note: opening $EDITOR") }
            return [.editScratchExternally(name: name, value: text)]
        case .delete:
            state.mode = .confirmScratchDelete(name: name)
        case .add:
            break
        }
        return []
    }

    /// The name of the note on the scratch pane's selected row.
    func selectedScratchName(_ state: AppState) -> String? {
        let names = engine.scratch.list
        let row = state.panes.scratch.selected
        return row >= 0 && row < names.count ? names[row] : nil
    }

    /// The external editor returned for a scratch note: store the text when it changed.
    ///
    /// - Parameters:
    ///   - name: The note.
    ///   - original: Its text before.
    ///   - result: The file's text after editing, or why there is none.
    ///   - state: The state to update.
    public func scratchExternalEditFinished(
        _ name: String, original: String, result: Result<String, ExternalEditorError>,
        state: inout AppState
    ) {
        guard let result = editedText(result, original: original, state: &state) else { return }
        guard result != original else {
            state.status = StatusMessage("no change")
            return
        }
        storeNote(name, result, state: &state)
    }

    // MARK: - Dialogs

    func scratchEditKey(_ key: KeyPress, edit: ScratchEdit, state: inout AppState) -> [Effect] {
        var edit = edit
        let answer = keymap.resolve([key], in: edit.text == nil ? .noteNameField : .noteTextField)
        if answer == .action(.cancel) {
            state.mode = .browse
            state.status = StatusMessage(edit.isNew ? "new note cancelled" : "edit cancelled")
            return []
        }
        if var text = edit.text {
            if answer == .action(.confirm) {
                state.mode = .browse
                if text.text == edit.original {
                    state.status = StatusMessage("no change")
                } else {
                    storeNote(edit.name.text, text.text, state: &state)
                }
                return []
            }
            if !text.handle(key) { return [.bell] }
            edit.text = text
        } else if answer == .action(.confirm) {
            let name = edit.name.text
            if name.isEmpty {
                edit.problem = "type a name, such as `todo` or `draft.intro`"
            } else if edit.problem == nil {
                if engine.scratch.has(name) {
                    let replace = keymap.keys(for: .confirm, in: .noteTextField) ?? "saving"
                    edit.problem = "note \(name) exists already: \(replace) replaces its text"
                }
                edit.text = LineEditor(engine.scratch.get(name) ?? "")
            }
        } else {
            if !edit.name.handle(key) { return [.bell] }
            edit.problem = scratchNameProblem(edit.name.text)
        }
        state.mode = .editingScratch(edit)
        return []
    }

    /// The live diagnostic under the name field.
    func scratchNameProblem(_ name: String) -> String? {
        guard !name.isEmpty else { return nil }
        do {
            try ScratchSlots.validate(name: name, limits: engine.limits)
            return nil
        } catch {
            return error.diagnostic.rendered()
        }
    }

    func scratchDeleteKey(_ key: KeyPress, name: String, state: inout AppState) -> [Effect] {
        switch keymap.resolve([key], in: .confirmDelete) {
        case .action(.confirm):
            state.mode = .browse
            do {
                try engine.execute(.scratchRemove(name: name))
                state.status = StatusMessage(
                    keymap.message("deleted note \(name)", [(.undo, "undoes")]))
            } catch {
                state.status = StatusMessage(error.message, isError: true)
            }
        case .action(.cancel):
            state.mode = .browse
        default:
            return [.bell]
        }
        return []
    }

    /// Stores a note's text through the engine and selects it.
    private func storeNote(_ name: String, _ text: String, state: inout AppState) {
        do {
            try engine.execute(.scratchSet(name: name, value: text))
            state.status = StatusMessage(
                keymap.message(
                    "saved note \(name)", [(.save, "writes the file"), (.undo, "undoes")]))
            if let row = engine.scratch.list.firstIndex(of: name) {
                state.panes.scratch.select(
                    row, count: engine.scratch.count, height: paneHeight(.scratch, state))
            }
        } catch {
            state.status = StatusMessage(error.message, isError: true)
        }
    }
}
