import MeteorFormat

/// The tree pane's state as a value: which nodes are open, which row is selected, and the
/// scroll position.
///
/// Every operation takes the current ``VisibleRows`` (from ``TreeCache``), so the state stays a
/// small value that reducer tests compare with `==`.
public struct BrowserState: Sendable, Hashable {
    /// The expanded contexts and folders.
    public var expanded: Set<TreeNodeID> = []
    /// The selected row.
    public var selectedRow = 0
    /// The selected node, kept so the selection survives rebuilds.
    public var selectedID: TreeNodeID?
    /// The first row shown.
    public var scrollTop = 0
    /// The live filter: only matching keys and the nodes above them show.
    public var filter: TreeFilter?

    /// Creates a state with nothing expanded.
    public init() {}

    /// Moves the selection.
    mutating func move(_ motion: Motion, rows: VisibleRows, pageHeight: Int) {
        let target = motion.target(from: selectedRow, count: rows.count, page: pageHeight)
        select(row: target, rows: rows)
    }

    /// Selects a row, clamped to the rows that exist.
    mutating func select(row: Int, rows: VisibleRows) {
        selectedRow = min(max(0, row), max(0, rows.count - 1))
        selectedID = rows.row(selectedRow)?.id
    }

    /// Re-finds the selected node after the rows were rebuilt; keeps the row number when the
    /// node is gone (it was deleted or its parent collapsed).
    ///
    /// - Complexity: O(log segments) when the node is still at its row or next to it, which
    ///   is every motion and value edit; a namespace scan only after keys moved.
    mutating func reconcile(rows: VisibleRows) {
        if let selectedID, let row = rows.index(of: selectedID, near: selectedRow) {
            selectedRow = row
        } else {
            select(row: selectedRow, rows: rows)
        }
    }

    /// Fits the viewport of `height` rows to `rowCount` rows: as many rows as fit are shown
    /// (no blank rows below the last one while rows above are hidden), and the selected row
    /// is among them.
    mutating func clampViewport(height: Int, rowCount: Int) {
        let height = max(1, height)
        scrollTop = min(scrollTop, max(0, rowCount - height))
        if selectedRow < scrollTop { scrollTop = selectedRow }
        if selectedRow >= scrollTop + height { scrollTop = selectedRow - height + 1 }
        scrollTop = max(0, scrollTop)
    }

    /// Expands the selected node; returns false when it cannot be expanded.
    mutating func expandSelection(rows: VisibleRows) -> Bool {
        guard let row = rows.row(selectedRow), row.isExpandable, !row.isExpanded else {
            return false
        }
        expanded.insert(row.id)
        return true
    }

    /// Collapses the selected node, or moves to its parent when it is a key or closed.
    mutating func collapseSelection(rows: VisibleRows) {
        guard let row = rows.row(selectedRow) else { return }
        if row.isExpanded {
            expanded.remove(row.id)
        } else {
            selectParent(rows: rows)
        }
    }

    /// Selects the parent of the selected node.
    mutating func selectParent(rows: VisibleRows) {
        guard let id = rows.row(selectedRow)?.id, let parent = Self.parent(of: id),
            let row = rows.index(of: parent)
        else { return }
        select(row: row, rows: rows)
    }

    /// The parent of a node: key → its namespace folder, folder → the folder above or the
    /// context.
    static func parent(of id: TreeNodeID) -> TreeNodeID? {
        switch id {
        case .context:
            return nil
        case .key(let address):
            return .folder(address.context, address.namespace.name)
        case .folder(let context, let prefix):
            guard let dot = prefix.lastIndex(of: ".") else { return .context(context) }
            return .folder(context, String(prefix[..<dot]))
        }
    }

    /// Expands every context and folder, or those above `level` (1 = contexts only).
    mutating func expandAll(index: TreeIndex, toLevel level: Int = .max) {
        guard level > 0 else { return }
        for context in index.contexts { expanded.insert(.context(context)) }
        for folder in index.folders where folder.depth < level {
            expanded.insert(.folder(folder.context, folder.prefix))
        }
    }

    /// Collapses every node.
    mutating func collapseAll() {
        expanded.removeAll()
    }

    /// Opens the path to a node (its context and folders), so it becomes visible.
    mutating func reveal(_ id: TreeNodeID) {
        var current = Self.parent(of: id)
        while let node = current {
            expanded.insert(node)
            current = Self.parent(of: node)
        }
    }
}
