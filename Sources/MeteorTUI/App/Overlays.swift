import MeteorFormat
import MeteorKit

/// Draws whatever sits above the panes in the current mode: help, fields and dialogs.
enum Overlays {
    /// Draws the overlay of `state.mode`; returns where the text cursor goes.
    static func render(_ state: AppState, reducer: Reducer, into buffer: inout ScreenBuffer)
        -> (column: Int, row: Int)?
    {
        let area = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height - 2)
        switch state.mode {
        case .browse:
            return nil
        case .commandLine, .commandOutput, .messageLog:
            return renderCommandLine(state, reducer: reducer, into: &buffer)
        case .searching, .filtering, .jumping:
            return SearchOverlays.render(state, reducer: reducer, into: &buffer)
        case .help(let filter, let scrollTop):
            HelpOverlay(keymap: reducer.keymap, filter: filter, scrollTop: scrollTop)
                .render(size: state.size, into: &buffer)
            return nil
        case .editing(let edit):
            return field(
                title: "Edit \(edit.address)", label: "value", editor: edit.editor,
                notes: [keysNote(.editField, reducer)], in: area, into: &buffer)
        case .adding(let add):
            let place = "\(add.context):\(add.namespace.name)"
            var notes: [(String, ThemeRole)] = []
            if let problem = add.problem {
                notes += problem.split(separator: "\n").map { (String($0), ThemeRole.error) }
            }
            if let outcome = add.outcome {
                let isReplacing = if case .replaces = outcome { true } else { false }
                notes.append((outcome.description, isReplacing ? .warning : .text))
            } else if add.problem == nil {
                notes.append(("type key, ns:key or ctx:ns:key", .muted))
            }
            if let value = add.value {
                notes.insert(("key: \(add.key.text)", .text), at: 0)
                notes.append(keysNote(.addValueField, reducer))
                return field(
                    title: "Add to \(place)", label: "value", editor: value, notes: notes, in: area,
                    into: &buffer)
            }
            notes.append(keysNote(.addKeyField, reducer))
            return field(
                title: "Add to \(place)", label: "key", editor: add.key, notes: notes, in: area,
                into: &buffer)
        case .confirmEdit(let pending):
            var lines: [(text: String, role: ThemeRole)] = []
            if let changed = pending.changedMeanwhile {
                lines.append(("The value changed while you were editing; it is now:", .warning))
                lines.append(contentsOf: diffLines(changed, prefix: "  ", role: .warning))
            }
            if let original = pending.original {
                lines.append(contentsOf: diffLines(original, prefix: "- ", role: .diffRemoved))
            } else {
                lines.append(("(new key)", .muted))
            }
            lines.append(contentsOf: diffLines(pending.new, prefix: "+ ", role: .diffAdded))
            DialogView(
                title: "Apply to \(pending.address)?", lines: lines,
                choices: choices(state, reducer)
            )
            .render(in: area, into: &buffer)
        case .confirmDelete(let request):
            DialogView(
                title: "Delete",
                lines: [("Delete \(request.description)?", .text)]
                    + undoNote("undoes a deletion.", reducer),
                choices: choices(state, reducer)
            )
            .render(in: area, into: &buffer)
        case .confirmQuit:
            DialogView(
                title: "Unsaved changes",
                lines: [("\(reducer.document.displayName) has unsaved changes.", .text)],
                choices: choices(state, reducer)
            )
            .render(in: area, into: &buffer)
        case .recoveryOffer(let count):
            DialogView(
                title: "Recover unsaved changes?",
                lines: [
                    (
                        "The last session of \(reducer.document.displayName) ended without saving.",
                        .warning
                    ),
                    (
                        "Its journal holds \(count.grouped) change\(count == 1 ? "" : "s") made after the last save.",
                        .text
                    ),
                ],
                choices: choices(state, reducer)
            ).render(in: area, into: &buffer)
        case .fileChanged:
            DialogView(
                title: "File changed on disk",
                lines: [
                    (
                        "\(reducer.document.displayName) was changed by another program since it was opened.",
                        .warning
                    ), ("Reload drops your unsaved changes; overwrite replaces theirs.", .text),
                    ("Save as keeps both: yours go to another file.", .text),
                ], choices: choices(state, reducer)
            )
            .render(in: area, into: &buffer)
        case .structureField, .structurePreview, .compare:
            return StructureOverlays.render(state, reducer: reducer, in: area, into: &buffer)
        case .historyDetail, .confirmHistoryJump, .editingScratch, .confirmScratchDelete:
            return PaneOverlays.render(state, reducer: reducer, in: area, into: &buffer)
        case .saveAs(let saveAs):
            return saveAsOverlay(saveAs, state: state, reducer: reducer, in: area, into: &buffer)
        }
        return nil
    }

    /// The choices of the open dialog, from the keymap.
    static func choices(_ state: AppState, _ reducer: Reducer) -> [KeyChoice] {
        guard let scope = state.mode.keyScope else { return [] }
        return reducer.keymap.choices(in: scope, excluding: state.mode.unavailableActions)
    }

    /// A field's keys as a note under it: `Enter review the change · Esc cancel`.
    static func keysNote(_ scope: KeyBinding.Scope, _ reducer: Reducer) -> (String, ThemeRole) {
        (reducer.keymap.choices(in: scope).map(\.text).joined(separator: " · "), .muted)
    }

    /// `u undoes a deletion.` when undo has a key; nothing when it has none.
    static func undoNote(_ text: String, _ reducer: Reducer) -> [(text: String, role: ThemeRole)] {
        guard let key = reducer.keymap.key(for: .undo) else { return [] }
        return [("\(key) \(text)", .muted)]
    }

    static func diffLines(_ text: String, prefix: String, role: ThemeRole) -> [(
        text: String, role: ThemeRole
    )] {
        ValueView.lines(of: text).map { (prefix + $0, role) }
    }

    /// A one-line input field in a dialog box; returns the cursor cell.
    static func field(
        title: String, label: String, editor: LineEditor, notes: [(String, ThemeRole)],
        in area: Rect, into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        let width = min(area.width, 72)
        let notes = fitted(notes, title: title, width: width - 2)
        let height = min(area.height, notes.count + 4)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2),
            width: width, height: height)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: title, focused: true, into: &buffer)
        guard !inside.isEmpty else { return nil }
        let labelWidth = buffer.write("\(label): ", column: inside.x, row: inside.y, role: .muted)
        let fieldArea = Rect(
            x: inside.x + labelWidth, y: inside.y, width: max(1, inside.width - labelWidth - 1),
            height: 1)
        buffer.fill(fieldArea, role: .input)
        let cursor = TextFieldView(editor: editor, role: .input).render(
            in: fieldArea, into: &buffer)
        for (index, note) in notes.enumerated() where index + 1 < inside.height {
            buffer.write(
                note.0, column: inside.x, row: inside.y + 1 + index, role: note.1,
                maxWidth: inside.width)
        }
        return cursor
    }
}
