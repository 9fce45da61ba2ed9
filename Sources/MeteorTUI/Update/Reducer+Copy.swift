import MeteorFormat
import MeteorKit

extension Reducer {
    /// `y` copies the selected key's value, `Y` the selected node's full path; both also go
    /// to the internal register, which Ctrl-Y pastes into the `:` line.
    func copySelection(_ action: Action, rows: VisibleRows, state: inout AppState) -> [Effect] {
        guard let id = rows.row(state.browser.selectedRow)?.id else {
            state.status = StatusMessage("nothing is selected", isError: true)
            return [.bell]
        }
        if action == .copyPath {
            let path = Self.path(of: id)
            state.register = path
            return [.copy(path, what: "path \(path)")]
        }
        guard case .key(let address) = id, let value = engine.get(address) else {
            state.status = StatusMessage(
                "select a key to copy its value (Y copies the path)", isError: true)
            return [.bell]
        }
        state.register = value
        return [.copy(value, what: "value of \(address)")]
    }

    /// The full path of a tree node, as the path grammar writes it: `app:ui.widgets:button[0]`
    /// for a key, `app:ui.widgets` for a namespace, `app:` for a root namespace, `app` for a
    /// context.
    static func path(of id: TreeNodeID) -> String {
        switch id {
        case .key(let address): address.description
        case .folder(let context, let prefix): "\(context.name):\(prefix)"
        case .context(let context): context.name
        }
    }
}
