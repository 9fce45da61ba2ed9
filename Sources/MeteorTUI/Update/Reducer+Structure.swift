import MeteorKit

/// Structural edits: `r` renames a key, `m` moves or renames a namespace, `c` copies one to
/// another context, `C` compares one in two contexts. Each asks for a target in a field with
/// live diagnostics, previews the change, and applies it as one engine command (one undo).
extension Reducer {
    /// Starts a structural edit on the selected row.
    func performStructure(_ action: Action, rows: VisibleRows, state: inout AppState) -> [Effect] {
        let selected = rows.row(state.browser.selectedRow)?.id
        switch action {
        case .renameKey:
            guard case .key(let address)? = selected else {
                state.status = StatusMessage("select a key to rename it", isError: true)
                return [.bell]
            }
            state.mode = .structureField(
                StructureField(kind: .renameKey(address), text: address.key.bracket))
        case .moveNamespace, .copyNamespace, .compareNamespace:
            guard let (context, namespace) = selectedNamespace(selected, state: &state) else {
                return [.bell]
            }
            let here = "\(context.name):\(namespace.name)"
            switch action {
            case .moveNamespace:
                state.mode = .structureField(
                    StructureField(kind: .moveNamespace(context, namespace), text: here))
            case .copyNamespace:
                state.mode = .structureField(
                    StructureField(kind: .copyNamespace(context, namespace), text: ""))
            default:
                let other = contexts(holding: namespace, except: context).first
                state.mode = .structureField(
                    StructureField(
                        kind: .compareWith(context, namespace), text: other?.name ?? ""))
            }
        default:
            break
        }
        return []
    }

    /// The namespace of the selected key or namespace folder; sets a status when there is none.
    private func selectedNamespace(_ id: TreeNodeID?, state: inout AppState) -> (
        Context, Namespace
    )? {
        switch id {
        case .key(let address)?:
            return (address.context, address.namespace)
        case .folder(let context, let prefix)?:
            if let namespace = try? Namespace(validating: prefix, enforceDepth: false),
                engine.keyCount(in: context, namespace) > 0
            {
                return (context, namespace)
            }
            state.status = StatusMessage(
                "\(context.name):\(prefix) holds no keys itself; select one of its namespaces",
                isError: true)
        default:
            state.status = StatusMessage("select a namespace or one of its keys", isError: true)
        }
        return nil
    }

    /// The contexts, other than `except`, in which `namespace` holds keys, sorted.
    func contexts(holding namespace: Namespace, except: Context) -> [Context] {
        engine.contexts.filter { $0 != except && engine.keyCount(in: $0, namespace) > 0 }
    }

    // MARK: - The field

    func structureFieldKey(_ key: KeyPress, field: StructureField, state: inout AppState)
        -> [Effect]
    {
        var field = field
        switch keymap.resolve([key], in: .structureField) {
        case .action(.cancel):
            state.mode = .browse
            state.status = StatusMessage("cancelled")
        case .action(.confirm):
            do {
                let target = try StructureTarget.parse(field, limits: engine.limits)
                return confirm(field, target: target, state: &state)
            } catch {
                field.problem = error.diagnostic.rendered()
                state.mode = .structureField(field)
                return [.bell]
            }
        default:
            if !field.editor.handle(key) { return [.bell] }
            field.problem = nil
            if !field.editor.text.isEmpty {
                do {
                    _ = try StructureTarget.parse(field, limits: engine.limits)
                } catch {
                    field.problem = error.diagnostic.rendered()
                }
            }
            state.mode = .structureField(field)
        }
        return []
    }

    /// A valid target was entered: preview the edit, or open the comparison.
    private func confirm(_ field: StructureField, target: StructureTarget, state: inout AppState)
        -> [Effect]
    {
        switch (field.kind, target) {
        case (.renameKey(let from), .key(let key)):
            if key == from.key {
                state.mode = .browse
                state.status = StatusMessage("no change")
                return []
            }
            state.mode = .structurePreview(renamePreview(field, from: from, to: key))
        case (.moveNamespace(let context, let namespace), .namespace(let toContext, let toName)),
            (.copyNamespace(let context, let namespace), .namespace(let toContext, let toName)):
            let isMove: Bool
            if case .moveNamespace = field.kind { isMove = true } else { isMove = false }
            let toNamespace = toName ?? namespace
            if toContext == context, toNamespace == namespace {
                var field = field
                field.problem = "that is where \(field.source) is already; type another place"
                state.mode = .structureField(field)
                return [.bell]
            }
            state.mode = .structurePreview(
                namespacePreview(
                    field, from: (context, namespace), to: (toContext, toNamespace),
                    isMove: isMove))
        case (.compareWith(let context, let namespace), .namespace(let other, _)):
            if other == context {
                var field = field
                field.problem = "type a context other than \(context.name)"
                state.mode = .structureField(field)
                return [.bell]
            }
            openCompare(left: context, right: other, namespace: namespace, state: &state)
        default:
            state.mode = .browse
        }
        return []
    }

    private func renamePreview(_ field: StructureField, from: Address, to key: Key)
        -> StructurePreview
    {
        let target = Address(from.context, from.namespace, key)
        let clash = key.isAppend ? nil : engine.get(target)
        var notes: [String] = []
        if key.isAppend { notes.append("`\(key.bracket)` takes the next free index") }
        if let clash {
            notes.append("\(target) holds \(CompareView.oneLine(clash, width: 40)); o replaces it")
        }
        return StructurePreview(
            field: field, command: .renameKey(from: from, to: key),
            summary: "\(from) → \(target)", keyCount: 1, sample: [],
            clashCount: clash == nil ? 0 : 1, clashes: clash == nil ? [] : [target.description],
            notes: notes, follow: .key(target))
    }

    private func namespacePreview(
        _ field: StructureField, from: (Context, Namespace), to: (Context, Namespace),
        isMove: Bool
    ) -> StructurePreview {
        let (context, namespace) = from
        let (toContext, toNamespace) = to
        let entries = engine.entries(in: context, namespace)
        var sample: [String] = []
        var clashes: [String] = []
        var clashCount = 0
        let targetExists = engine.keyCount(in: toContext, toNamespace) > 0
        for entry in entries {
            if sample.count < StructurePreview.sampleSize { sample.append(entry.key.bracket) }
            guard targetExists else {
                if sample.count == StructurePreview.sampleSize { break }
                continue
            }
            let target = Address(toContext, toNamespace, entry.key)
            if engine.get(target) != nil {
                clashCount += 1
                if clashes.count < StructurePreview.sampleSize {
                    clashes.append(target.description)
                }
            }
        }
        var notes: [String] = []
        let place = "\(toContext.name):\(toNamespace.name)"
        if targetExists {
            notes.append(
                "\(place) exists (\(engine.keyCount(in: toContext, toNamespace)) keys): "
                    + "new keys go after its own")
        }
        if isMove {
            let below = engine.namespaces(in: context).filter {
                $0.name.hasPrefix(namespace.name + ".") && !namespace.isRoot
            }
            if below.count == 1 {
                notes.append("sub-namespace \(context.name):\(below[0].name) stays where it is")
            } else if let first = below.first {
                notes.append(
                    "\(below.count) sub-namespaces (\(context.name):\(first.name), …) stay "
                        + "where they are")
            }
        }
        let command: EngineCommand =
            isMove
            ? .moveNamespace(from: context, namespace, to: toContext, toNamespace)
            : .copyNamespace(from: context, namespace, to: toContext, toNamespace)
        return StructurePreview(
            field: field, command: command,
            summary: "\(context.name):\(namespace.name) → \(place)",
            keyCount: engine.keyCount(in: context, namespace), sample: sample,
            clashCount: clashCount, clashes: clashes, notes: notes,
            follow: .folder(toContext, toNamespace.name))
    }

    // MARK: - The preview

    func structurePreviewKey(_ key: KeyPress, preview: StructurePreview, state: inout AppState)
        -> [Effect]
    {
        switch keymap.resolve([key], in: .preview) {
        case .action(.confirm):
            guard preview.clashCount == 0 else {
                let tips = [
                    keymap.key(for: .choose(.overwrite), in: .preview).map {
                        "\($0) overwrites them"
                    },
                    keymap.key(for: .choose(.edit), in: .preview).map { "\($0) edits the target" },
                ].compactMap { $0 }.joined(separator: ", ")
                state.status = StatusMessage(
                    "the target holds some of these keys" + (tips.isEmpty ? "" : ": \(tips)"),
                    isError: true)
                return [.bell]
            }
            apply(preview, command: preview.command, state: &state)
        case .action(.choose(.overwrite)) where preview.clashCount > 0:
            apply(preview, command: preview.command.overwriting, state: &state)
        case .action(.choose(.edit)):
            state.mode = .structureField(preview.field)
        case .action(.cancel):
            state.mode = .browse
            state.status = StatusMessage("cancelled; nothing changed")
        default:
            return [.bell]
        }
        return []
    }

    private func apply(_ preview: StructurePreview, command: EngineCommand, state: inout AppState) {
        state.mode = .browse
        do {
            let outcome = try engine.execute(command)
            var follow = preview.follow
            if case .key = follow, let address = outcome.address { follow = .key(address) }
            select(follow, state: &state)
            let verb: String
            switch command.kind {
            case .renameKey: verb = "renamed"
            case .moveNamespace: verb = "moved"
            default: verb = "copied"
            }
            let overwrote = command == preview.command ? "" : " (overwrote \(preview.clashCount))"
            state.status = StatusMessage(
                keymap.message("\(verb) \(preview.summary)\(overwrote)", [(.undo, "undoes")]))
        } catch {
            state.status = StatusMessage(error.message, isError: true)
            reconcile(&state)
        }
    }

    /// Opens the path to a node and selects it.
    func select(_ id: TreeNodeID, state: inout AppState) {
        state.browser.reveal(id)
        state.browser.selectedID = id
        reconcile(&state)
    }

    /// After an undo or redo of a structural edit, selects where the item now is.
    func followStructuralEdit(_ record: HistoryRecord, undone: Bool, state: inout AppState) {
        switch record.command {
        case .renameKey:
            for change in record.changes {
                if case .rename(let from, let to) = change.scope {
                    select(.key(undone ? from : to), state: &state)
                }
            }
        case .moveNamespace(let context, let namespace, let toContext, let toNamespace, _),
            .copyNamespace(let context, let namespace, let toContext, let toNamespace, _):
            let (where_, name) = undone ? (context, namespace) : (toContext, toNamespace)
            select(.folder(where_, name.name), state: &state)
        default:
            break
        }
    }
}

extension EngineCommand {
    /// The same rename, move or copy with overwrite chosen; other commands unchanged.
    var overwriting: EngineCommand {
        switch self {
        case .renameKey(let from, let to, _):
            .renameKey(from: from, to: to, overwrite: true)
        case .moveNamespace(let context, let namespace, let toContext, let toNamespace, _):
            .moveNamespace(from: context, namespace, to: toContext, toNamespace, overwrite: true)
        case .copyNamespace(let context, let namespace, let toContext, let toNamespace, _):
            .copyNamespace(from: context, namespace, to: toContext, toNamespace, overwrite: true)
        default:
            self
        }
    }
}
