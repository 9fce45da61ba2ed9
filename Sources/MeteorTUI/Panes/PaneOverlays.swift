import MeteorKit

/// The drawer panes' overlays: the history detail view, the jump confirmation, the scratch
/// note field and the scratch delete confirmation.
enum PaneOverlays {
    /// Draws the overlay of a drawer-pane mode; returns where the text cursor goes.
    static func render(
        _ state: AppState, reducer: Reducer, in area: Rect, into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        switch state.mode {
        case .historyDetail(let detail):
            renderDetail(detail, in: area, into: &buffer)
        case .confirmHistoryJump(let jump):
            DialogView(
                title: jump.direction == .undo
                    ? "Undo back to #\(jump.recordID)" : "Redo up to #\(jump.recordID)",
                lines: jumpLines(
                    jump, history: reducer.document.engine.history, keymap: reducer.keymap,
                    room: area.height - 6),
                choices: Overlays.choices(state, reducer)
            ).render(in: area, into: &buffer)
        case .editingScratch(let edit):
            var notes: [(String, ThemeRole)] = []
            if let problem = edit.problem {
                let role: ThemeRole = edit.text == nil ? .error : .warning
                notes += problem.split(separator: "\n").map { (String($0), role) }
            }
            if let text = edit.text {
                if edit.isNew { notes.insert(("name: \(edit.name.text)", .text), at: 0) }
                notes.append(Overlays.keysNote(.noteTextField, reducer))
                let title = edit.isNew ? "New scratch note" : "Edit note \(edit.name.text)"
                return Overlays.field(
                    title: title, label: "text", editor: text, notes: notes, in: area,
                    into: &buffer)
            }
            notes.append(Overlays.keysNote(.noteNameField, reducer))
            return Overlays.field(
                title: "New scratch note", label: "name", editor: edit.name, notes: notes,
                in: area, into: &buffer)
        case .confirmScratchDelete(let name):
            DialogView(
                title: "Delete note",
                lines: [("Delete the scratch note \(name)?", .text)]
                    + Overlays.undoNote("undoes a deletion.", reducer),
                choices: Overlays.choices(state, reducer)
            ).render(in: area, into: &buffer)
        default:
            break
        }
        return nil
    }

    /// The jump dialog's lines: what happens, then the steps, as many as fit.
    static func jumpLines(_ jump: HistoryJump, history: History, keymap: Keymap, room: Int)
        -> [(text: String, role: ThemeRole)]
    {
        let count = jump.steps.count
        let plural = count == 1 ? "" : "s"
        var lines: [(text: String, role: ThemeRole)] = []
        switch jump.direction {
        case .undo:
            lines.append(
                ("Undo \(count.grouped) change\(plural) newer than #\(jump.recordID):", .text))
        case .redo:
            lines.append(
                ("Redo \(count.grouped) undone change\(plural) up to #\(jump.recordID):", .text))
        }
        let shown = max(1, min(count, room - 3))
        for id in jump.steps.prefix(count > shown ? shown - 1 : shown) {
            let record = history.record(id: id)
            let text = record.map { "  #\($0.id) \($0.label)" } ?? "  #\(id)"
            lines.append((text, jump.direction == .undo ? .diffRemoved : .diffAdded))
        }
        if count > shown { lines.append(("  … and \(count - shown + 1) more", .muted)) }
        let back = jump.direction == .undo ? Action.redo : .undo
        let step = keymap.key(for: back).map {
            ": \($0) \(back == .redo ? "redoes" : "undoes") them one by one"
        }
        lines.append(("Each is a separate step\(step ?? "").", .muted))
        return lines
    }

    /// Where the detail view goes: the whole pane area on narrow screens, else a large box
    /// floating over the panes.
    static func detailBox(_ area: Rect) -> Rect {
        if area.width < 104 { return area }
        let width = max(0, min(area.width - 2, 100))
        return Rect(
            x: area.x + (area.width - width) / 2, y: area.y + 1, width: width,
            height: max(0, area.height - 2))
    }

    /// The detail lines wrapped to the box, so long values and diagnostics stay readable.
    static func wrappedLines(_ detail: HistoryDetail, in area: Rect) -> [StyledLine] {
        let width = max(1, detailBox(area).width - 3)
        var lines: [StyledLine] = []
        for line in detail.lines {
            for piece in TextLayout.wrap(line.text, width: width) {
                lines.append(StyledLine(piece, line.role))
            }
        }
        return lines
    }

    /// The detail view, scrolled.
    static func renderDetail(
        _ detail: HistoryDetail, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let box = detailBox(area)
        buffer.fill(box, role: .dialog)
        let inside = Box.draw(box, title: detail.title, focused: true, into: &buffer)
        guard !inside.isEmpty else { return }
        let lines = wrappedLines(detail, in: area)
        for line in 0..<inside.height {
            let index = detail.scrollTop + line
            guard index < lines.count else { break }
            buffer.write(
                lines[index].text, column: inside.x + 1, row: inside.y + line,
                role: lines[index].role, maxWidth: inside.width - 1)
        }
        if lines.count > inside.height {
            let last = min(lines.count, detail.scrollTop + inside.height)
            let position = " \(detail.scrollTop + 1)-\(last) of \(lines.count) "
            buffer.write(
                position, column: box.maxX - 2 - position.count, row: box.maxY - 1, role: .muted)
        }
    }
}
