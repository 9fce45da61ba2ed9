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
        case .commandLine, .commandOutput:
            return renderCommandLine(state, reducer: reducer, into: &buffer)
        case .searching, .filtering, .jumping:
            return SearchOverlays.render(state, reducer: reducer, into: &buffer)
        case .help(let filter, let scrollTop):
            HelpOverlay(bindings: reducer.keymap.bindings, filter: filter, scrollTop: scrollTop)
                .render(in: area, into: &buffer)
            return nil
        case .editing(let edit):
            return field(
                title: "Edit \(edit.address)", label: "value", editor: edit.editor,
                notes: [("Enter reviews the change · Esc cancels", .muted)], in: area, into: &buffer
            )
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
                notes.append(("Enter adds the key · Esc cancels", .muted))
                return field(
                    title: "Add to \(place)", label: "value", editor: value, notes: notes, in: area,
                    into: &buffer)
            }
            notes.append(("Enter goes on to the value · Esc cancels", .muted))
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
                title: "Apply to \(pending.address)?",
                lines: Array(lines.prefix(max(1, area.height - 6))),
                choices: "y/Enter apply   e edit again   n/Esc discard"
            )
            .render(in: area, into: &buffer)
        case .confirmDelete(let request):
            DialogView(
                title: "Delete",
                lines: [
                    ("Delete \(request.description)?", .text), ("u undoes a deletion.", .muted),
                ], choices: "y delete   n/Esc keep"
            )
            .render(in: area, into: &buffer)
        case .confirmQuit:
            DialogView(
                title: "Unsaved changes",
                lines: [("\(reducer.document.displayName) has unsaved changes.", .text)],
                choices: "s save and quit   d discard and quit   c/Esc cancel"
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
                        "Its journal holds \(count) change\(count == 1 ? "" : "s") made after the last save.",
                        .text
                    ),
                ],
                choices: "r recover   d discard   l/Esc later"
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
                ], choices: "r reload   o overwrite   s save as…   c/Esc cancel"
            )
            .render(in: area, into: &buffer)
        case .structureField, .structurePreview, .compare:
            return StructureOverlays.render(state, reducer: reducer, in: area, into: &buffer)
        case .historyDetail, .confirmHistoryJump, .editingScratch, .confirmScratchDelete:
            return PaneOverlays.render(state, reducer: reducer, in: area, into: &buffer)
        case .saveAs(let saveAs):
            return saveAsOverlay(saveAs, in: area, into: &buffer)
        }
        return nil
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
