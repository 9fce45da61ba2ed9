public import MeteorKit

extension Reducer {
    /// Starts an edit, an addition or a deletion, or undoes/redoes.
    func performEdit(_ action: Action, rows: VisibleRows, state: inout AppState) -> [Effect] {
        let selected = rows.row(state.browser.selectedRow)
        switch action {
        case .editInline, .editExternal:
            guard case .key(let address)? = selected?.id else {
                state.status = StatusMessage("select a key to edit its value", isError: true)
                return []
            }
            let value = engine.get(address) ?? ""
            if action == .editExternal || value.contains("\n") {
                if action == .editInline {
                    state.status = StatusMessage("multi-line value: opening $EDITOR")
                }
                return [.editExternally(address, value)]
            }
            state.mode = .editing(
                EditState(address: address, original: value, editor: LineEditor(value)))
        case .addKey:
            let (context, namespace) = insertionPoint(selected?.id)
            state.mode = .adding(
                AddState(context: context, namespace: namespace, key: LineEditor()))
        case .delete:
            guard let id = selected?.id else { return [] }
            state.mode = .confirmDelete(deleteRequest(for: id))
        case .undo, .redo:
            do {
                let record = action == .undo ? try engine.undo() : try engine.redo()
                let verb = action == .undo ? "undid" : "redid"
                state.status = StatusMessage(
                    "\(verb) #\(record.id): \(record.label)")
                followStructuralEdit(record, undone: action == .undo, state: &state)
            } catch {
                state.status = StatusMessage(error.message, isError: true)
            }
            reconcile(&state)
        default:
            break
        }
        return []
    }

    /// Where `a` adds a key: the selected key's namespace, the selected namespace, or a
    /// context's `main`.
    func insertionPoint(_ id: TreeNodeID?) -> (Context, Namespace) {
        switch id {
        case .key(let address)?:
            return (address.context, address.namespace)
        case .folder(let context, let prefix)?:
            return (context, (try? Namespace(validating: prefix)) ?? .main)
        case .context(let context)?:
            return (context, .main)
        case nil:
            return (engine.cursor.context, engine.cursor.namespace)
        }
    }

    func deleteRequest(for id: TreeNodeID) -> DeleteRequest {
        switch id {
        case .key(let address):
            return DeleteRequest(path: address.description, description: "the key \(address)")
        case .context(let context):
            let count = engine.namespaces(in: context).reduce(0) {
                $0 + engine.keyCount(in: context, $1)
            }
            return DeleteRequest(
                path: "\(context)::", description: "the context \(context) (\(count.grouped) keys)")
        case .folder(let context, let prefix):
            let namespaces = engine.namespaces(in: context).filter {
                $0.name == prefix || $0.name.hasPrefix(prefix + ".") || prefix.isEmpty && $0.isRoot
            }
            let count = namespaces.reduce(0) { $0 + engine.keyCount(in: context, $1) }
            let paths = namespaces.map {
                "ctl:delete=\($0.isRoot ? "\(context)::" : "\(context):\($0.name):")"
            }
            let shown = prefix.isEmpty ? "\(context) (root)" : "\(context):\(prefix)"
            return DeleteRequest(
                path: paths.joined(separator: "; "),
                description: "the namespace \(shown) and below (\(count.grouped) keys)")
        }
    }

    // MARK: - Inline editing

    func editKey(_ key: KeyPress, edit: consuming EditState, state: inout AppState) -> [Effect] {
        var edit = edit
        // The state lets go of the field, so typing changes its text in place instead of
        // copying all of it (a 60,000-character value is a megabyte of characters).
        state.mode = .browse
        switch keymap.resolve([key], in: .editField) {
        case .action(.cancel):
            state.mode = .browse
            state.status = StatusMessage("edit cancelled")
        case .action(.confirm):
            let new = edit.editor.text
            guard new != edit.original else {
                state.mode = .browse
                state.status = StatusMessage("no change")
                return []
            }
            state.mode = .confirmEdit(pending(edit.address, original: edit.original, new: new))
        default:
            let handled = edit.editor.handle(key)
            state.mode = .editing(edit)
            if !handled { return [.bell] }
        }
        return []
    }

    /// A change to confirm, noting whether the value moved on since editing began.
    func pending(_ address: Address, original: String?, new: String) -> PendingEdit {
        let current = engine.get(address)
        return PendingEdit(
            address: address, original: original,
            changedMeanwhile: current != original ? (current ?? "(deleted)") : nil, new: new)
    }

    /// The external editor returned: review the change, or say nothing changed.
    ///
    /// The final line break an editor adds to its file is dropped, unless the value ended
    /// with one (as `meteor set KEY -` drops it from standard input), so saving an unchanged
    /// value changes nothing.
    ///
    /// - Parameters:
    ///   - address: The key that was edited.
    ///   - original: The value before.
    ///   - result: The file's text after editing, or why there is none.
    ///   - state: The state to update.
    public func externalEditFinished(
        _ address: Address, original: String, result: Result<String, ExternalEditorError>,
        state: inout AppState
    ) {
        guard let result = editedText(result, original: original, state: &state) else { return }
        guard result != original else {
            state.status = StatusMessage("no change")
            return
        }
        state.mode = .confirmEdit(pending(address, original: original, new: result))
    }

    /// The text of a finished external edit as a value, or nil (and the status says why)
    /// when the editor failed.
    func editedText(
        _ result: Result<String, ExternalEditorError>, original: String, state: inout AppState
    ) -> String? {
        switch result {
        case .success(let text):
            return FinalLineBreak.removed(from: text, unlessEndingOf: original)
        case .failure(let error):
            state.status = StatusMessage("\(error.message); nothing changed", isError: true)
            return nil
        }
    }

    func confirmEditKey(_ key: KeyPress, pending: PendingEdit, state: inout AppState) -> [Effect] {
        switch keymap.resolve([key], in: .review) {
        case .action(.confirm):
            apply(pending, state: &state)
        case .action(.choose(.edit)) where !pending.new.contains("\n"):
            state.mode = .editing(
                EditState(
                    address: pending.address, original: pending.original ?? "",
                    editor: LineEditor(pending.new)))
        case .action(.cancel):
            state.mode = .browse
            state.status = StatusMessage("change discarded")
        default:
            return [.bell]
        }
        return []
    }

    /// Applies a confirmed change through the engine's command entry point, inside a cursor
    /// guard on the key's namespace, so history records it and the cursor is restored.
    func apply(_ pending: PendingEdit, state: inout AppState) {
        state.mode = .browse
        let address = pending.address
        do {
            try engine.withCursor(context: address.context, namespace: address.namespace) {
                (engine) throws(MeteorError) in
                _ = try engine.execute(.setAddress(address, value: pending.new))
            }
            state.status = StatusMessage(
                keymap.message("changed \(address)", [(.save, "saves the file")]))
            state.browser.reveal(.key(address))
            state.browser.selectedID = .key(address)
        } catch {
            state.status = StatusMessage(error.message, isError: true)
        }
        reconcile(&state)
    }

    // MARK: - Adding

    func addKey(_ key: KeyPress, add: AddState, state: inout AppState) -> [Effect] {
        var add = add
        let answer = keymap.resolve([key], in: add.value == nil ? .addKeyField : .addValueField)
        if answer == .action(.cancel) {
            state.mode = .browse
            state.status = StatusMessage("add cancelled")
            return []
        }
        if var value = add.value {
            if answer == .action(.confirm) {
                do {
                    let address = try NewKeyPath.resolve(
                        add.key.text, context: add.context, namespace: add.namespace,
                        limits: engine.limits)
                    apply(
                        PendingEdit(
                            address: address, original: nil, changedMeanwhile: nil, new: value.text),
                        state: &state)
                } catch {
                    add.problem = error.diagnostic.rendered()
                    add.outcome = nil
                    add.value = nil
                    state.mode = .adding(add)
                }
                return []
            }
            if !value.handle(key) { return [.bell] }
            add.value = value
        } else if answer == .action(.confirm) {
            if add.key.text.isEmpty {
                add.problem = "type a key: `theme`, `ui:theme` or `app:ui:theme`"
            } else if add.problem == nil {
                add.value = LineEditor()
            }
        } else {
            if !add.key.handle(key) { return [.bell] }
            describeNewKey(&add)
        }
        state.mode = .adding(add)
        return []
    }

    /// The live note under the key field: what Enter will add, or why it cannot.
    func describeNewKey(_ add: inout AddState) {
        add.problem = nil
        add.outcome = nil
        guard !add.key.text.isEmpty else { return }
        do {
            let address = try NewKeyPath.resolve(
                add.key.text, context: add.context, namespace: add.namespace,
                limits: engine.limits)
            if engine.get(address) != nil {
                add.outcome = .replaces(address)
            } else if !engine.exists(.context(address.context)) {
                add.outcome = .addsContext(address)
            } else if !engine.exists(.namespace(address.context, address.namespace)) {
                add.outcome = .addsNamespace(address)
            } else {
                add.outcome = .adds(address)
            }
        } catch {
            add.problem = error.diagnostic.rendered()
        }
    }

    // MARK: - Dialogs

    func confirmDeleteKey(_ key: KeyPress, request: DeleteRequest, state: inout AppState)
        -> [Effect]
    {
        switch keymap.resolve([key], in: .confirmDelete) {
        case .action(.confirm):
            state.mode = .browse
            do {
                if request.path.hasPrefix("ctl:") {
                    _ = try engine.execute(.processTokenStream(request.path))
                } else {
                    _ = try engine.execute(.delete(path: request.path))
                }
                state.status = StatusMessage(
                    keymap.message("deleted \(request.description)", [(.undo, "undoes")]))
            } catch {
                state.status = StatusMessage(error.message, isError: true)
            }
            reconcile(&state)
        case .action(.cancel):
            state.mode = .browse
        default:
            return [.bell]
        }
        return []
    }

    func confirmQuitKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        switch keymap.resolve([key], in: .confirmQuit) {
        case .action(.choose(.save)):
            state.mode = .browse
            return [.save(force: false), .quit]
        case .action(.choose(.discard)):
            state.shouldQuit = true
            return [.discardChanges, .quit]
        case .action(.cancel):
            state.mode = .browse
            return []
        default:
            return [.bell]
        }
    }

    func fileChangedKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        switch keymap.resolve([key], in: .fileChanged) {
        case .action(.choose(.reload)):
            state.mode = .browse
            return [.reload]
        case .action(.choose(.overwrite)):
            state.mode = .browse
            return [.save(force: true)]
        case .action(.choose(.saveAs)):
            beginSaveAs(state: &state)
            return []
        case .action(.cancel):
            state.mode = .browse
            state.status = StatusMessage("not saved", isError: true)
            return []
        default:
            return [.bell]
        }
    }

    func recoveryKey(_ key: KeyPress, state: inout AppState) -> [Effect] {
        switch keymap.resolve([key], in: .recovery) {
        case .action(.choose(.recover)):
            state.mode = .browse
            do {
                let count = try document.recover()
                state.status = StatusMessage(
                    keymap.message(
                        "recovered \(count.grouped) unsaved changes", [(.save, "saves them")]))
            } catch {
                state.status = StatusMessage("recovery failed: \(error.message)", isError: true)
            }
            reconcile(&state)
        case .action(.choose(.discard)):
            state.mode = .browse
            do {
                try document.discardRecovery()
                state.status = StatusMessage("discarded the unsaved changes of the last session")
            } catch {
                state.status = StatusMessage(error.message, isError: true)
            }
        case .action(.cancel):
            state.mode = .browse
            state.status = StatusMessage(
                "recovery postponed; the journal is kept until the next save")
        default:
            return [.bell]
        }
        return []
    }

    /// A save failed: a file changed on disk asks what to do; anything else is reported.
    ///
    /// - Parameters:
    ///   - error: The error.
    ///   - state: The state to update.
    public func saveFailed(_ error: MeteorError, state: inout AppState) {
        state.shouldQuit = false
        if error.kind == .documentChanged {
            state.mode = .fileChanged
        } else {
            state.status = StatusMessage("save failed: \(error.message)", isError: true)
        }
    }
}
