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
            render(preview, in: area, into: &buffer)
        case .compare(let compare):
            CompareView(state: compare, value: reducer.document.engine.get)
                .render(in: area, into: &buffer)
        default:
            break
        }
        return nil
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
            next = "Enter previews the rename"
        case .moveNamespace:
            title = "Move or rename \(field.source)"
            label = "to ctx:ns"
            next = "Enter previews the move (`ctx:` is the root namespace)"
        case .copyNamespace(_, let namespace):
            title = "Copy \(field.source) to another context"
            label = "to ctx[:ns]"
            next = "Enter previews the copy (`user` keeps the name `\(namespace.name)`)"
        case .compareWith(let context, let namespace):
            title = "Compare \(field.source) with"
            label = "context"
            next = "Enter opens the comparison"
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
        notes.append(("\(next) · Esc cancels", .muted))
        return Overlays.field(
            title: title, label: label, editor: field.editor, notes: notes, in: area, into: &buffer)
    }

    private static func render(
        _ preview: StructurePreview, in area: Rect, into buffer: inout ScreenBuffer
    ) {
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
            lines.append(
                (
                    "\(preview.clashCount) key\(one ? " exists" : "s exist") at the target; "
                        + "o replaces \(one ? "its value" : "their values"):", .warning
                ))
            for clash in preview.clashes { lines.append(("  \(clash)", .warning)) }
        }
        lines.append(("u undoes it in one step.", .muted))
        let choices =
            preview.clashCount > 0
            ? "o overwrite   e edit   n/Esc cancel" : "y/Enter apply   e edit   n/Esc cancel"
        let title: String
        switch preview.command.kind {
        case .renameKey: title = "Rename key?"
        case .moveNamespace: title = "Move namespace?"
        default: title = "Copy namespace?"
        }
        DialogView(
            title: title, lines: Array(lines.prefix(max(1, area.height - 4))), choices: choices
        ).render(in: area, into: &buffer)
    }
}
