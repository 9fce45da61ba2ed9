import MeteorFormat
import MeteorKit

/// Draws the fields, previews and compare view of structural edits.
enum StructureOverlays {
    /// Draws the overlay of a structural-edit mode; returns where the text cursor goes.
    static func render(
        _ state: AppState, reducer: Reducer, in area: Rect, into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        switch state.mode {
        case .structureField(let field):
            return render(field, reducer: reducer, in: area, into: &buffer)
        case .structurePreview(let preview):
            render(preview, state: state, reducer: reducer, in: area, into: &buffer)
        case .compare(let compare):
            CompareView(
                state: compare, value: reducer.document.engine.get,
                keys: compareKeys(compare, keymap: reducer.keymap)
            )
            .render(in: area, into: &buffer)
        default:
            break
        }
        return nil
    }

    /// The compare view's keys, short: `j/k move  ]/[ next/prev diff  > copy to user`.
    static func compareKeys(_ compare: CompareState, keymap: Keymap) -> [KeyChoice] {
        let groups: [([Action], String)] = [
            ([.move(.down), .move(.up)], "move"),
            ([.nextDifference(forward: true), .nextDifference(forward: false)], "next/prev diff"),
            ([.copyAcross(.leftToRight)], "copy to \(compare.right.name)"),
            ([.copyAcross(.rightToLeft)], "copy to \(compare.left.name)"),
            ([.undo], "undo"), ([.cancel], "close"),
        ]
        return groups.compactMap { actions, help in
            let keys = actions.compactMap { keymap.key(for: $0, in: .compare) }
            return keys.isEmpty ? nil : KeyChoice(keys: keys.joined(separator: "/"), help: help)
        }
    }

    private static func render(
        _ field: StructureField, reducer: Reducer, in area: Rect, into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        var notes: [(String, ThemeRole)] = []
        let title: String
        let label: String
        let next: String
        switch field.kind {
        case .renameKey(let address):
            title = "Rename \(address)"
            label = "new key"
            next = "preview the rename"
        case .moveNamespace:
            title = "Move or rename \(field.source)"
            label = "to ctx:ns"
            next = "preview the move (`ctx:` is the root namespace)"
        case .copyNamespace(_, let namespace):
            title = "Copy \(field.source) to another context"
            label = "to ctx[:ns]"
            next = "preview the copy (`user` keeps the name `\(namespace.name)`)"
        case .compareWith(let context, let namespace):
            title = "Compare \(field.source) with"
            label = "context"
            next = "open the comparison"
            let holding = reducer.contexts(holding: namespace, except: context)
            notes.append(
                holding.isEmpty
                    ? ("no other context holds \(namespace.name) yet", .muted)
                    : (
                        "contexts holding it: "
                            + holding.prefix(12).map(\.name).joined(separator: ", ")
                            + (holding.count > 12 ? " …" : ""), .text
                    ))
        }
        if let problem = field.problem {
            notes += problem.split(separator: "\n").map { (String($0), ThemeRole.error) }
        }
        // Enter's help names what it does for this kind of edit.
        let keymap = reducer.keymap
        let confirm = keymap.keys(for: .confirm, in: .structureField).map { ["\($0) \(next)"] }
        let others = keymap.choices(in: .structureField, excluding: [.confirm]).map(\.text)
        notes.append((((confirm ?? []) + others).joined(separator: " · "), .muted))
        return Overlays.field(
            title: title, label: label, editor: field.editor, notes: notes, in: area, into: &buffer)
    }

    private static func render(
        _ preview: StructurePreview, state: AppState, reducer: Reducer, in area: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let keymap = reducer.keymap
        var lines: [(text: String, role: ThemeRole)] = [(preview.summary, .title)]
        switch preview.command.kind {
        case .renameKey:
            break
        default:
            let one = preview.keyCount == 1
            let verb =
                preview.command.kind == .moveNamespace
                ? (one ? "moves" : "move") : (one ? "is copied" : "are copied")
            lines.append(("\(preview.keyCount) key\(one ? "" : "s") \(verb), in order:", .text))
            for key in preview.sample { lines.append(("  \(key)", .key)) }
            if preview.keyCount > preview.sample.count {
                lines.append(("  … and \(preview.keyCount - preview.sample.count) more", .muted))
            }
        }
        for note in preview.notes { lines.append((note, .muted)) }
        if preview.clashCount > 0 {
            let one = preview.clashCount == 1
            let replace = keymap.key(for: .choose(.overwrite), in: .preview).map {
                "; \($0) replaces \(one ? "its value" : "their values")"
            }
            lines.append(
                (
                    "\(preview.clashCount) key\(one ? " exists" : "s exist") at the target"
                        + (replace ?? "") + ":", .warning
                ))
            for clash in preview.clashes { lines.append(("  \(clash)", .warning)) }
        }
        lines += Overlays.undoNote("undoes it in one step.", reducer)
        let title: String
        switch preview.command.kind {
        case .renameKey: title = "Rename key?"
        case .moveNamespace: title = "Move namespace?"
        default: title = "Copy namespace?"
        }
        DialogView(title: title, lines: lines, choices: Overlays.choices(state, reducer))
            .render(in: area, into: &buffer)
    }
}
