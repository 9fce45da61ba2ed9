import MeteorKit
import Testing

@testable import MeteorTUI

/// Helpers for driving search, filter and jump sessions.
extension App<InMemoryTerminal> {
    /// Steps through key events.
    func press(_ events: [InputEvent]) {
        for event in events { step(event) }
    }

    /// Steps through one key.
    func press(_ key: KeyPress) {
        step(.key(key))
    }

    /// The selected node.
    var selection: TreeNodeID? { state.browser.selectedID }

    /// The visible rows, indented by depth, as the tree shows them.
    var treeLabels: [String] {
        let rows = reducer.cache.visibleRows(for: state.browser)
        return (0..<rows.count).compactMap { rows.row($0) }.map {
            String(repeating: " ", count: $0.depth) + $0.label
        }
    }
}

/// A key's node id.
func keyNode(_ path: String) throws -> TreeNodeID {
    .key(try Address(parsing: path))
}
