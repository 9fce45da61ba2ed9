import MeteorKit

/// The compare view: one namespace in two contexts, row by row, with values copied across
/// through the engine (each copy one undo step).
extension Reducer {
    /// Opens the comparison of `namespace` in two contexts.
    func openCompare(left: Context, right: Context, namespace: Namespace, state: inout AppState) {
        state.mode = .compare(compareRows(left: left, right: right, namespace: namespace))
    }

    /// Builds the rows and tallies: the left's keys in order, then the right's other keys.
    ///
    /// - Complexity: O(keys on both sides); values are only compared, never copied.
    func compareRows(left: Context, right: Context, namespace: Namespace) -> CompareState {
        var keys: [Key] = []
        var tally: [CompareState.Mark: Int] = [:]
        keys.reserveCapacity(engine.keyCount(in: left, namespace))
        for entry in engine.entries(in: left, namespace) {
            keys.append(entry.key)
            let mark = CompareState.Mark.of(
                entry.value, engine.get(Address(right, namespace, entry.key)))
            tally[mark, default: 0] += 1
        }
        for entry in engine.entries(in: right, namespace)
        where engine.get(Address(left, namespace, entry.key)) == nil {
            keys.append(entry.key)
            tally[.onlyRight, default: 0] += 1
        }
        return CompareState(
            left: left, right: right, namespace: namespace, keys: keys, tally: tally)
    }

    /// Rows of the compare view that hold data: the screen minus the dialog border, the
    /// header, the tally line and the key line, and the app's hint and status lines.
    func compareHeight(_ state: AppState) -> Int { max(1, state.size.height - 7) }

    func compareKey(_ key: KeyPress, compare: CompareState, state: inout AppState) -> [Effect] {
        let keys = state.pendingKeys + [key]
        var compare = compare
        switch keymap.resolve(keys, in: .compare) {
        case .pending:
            state.pendingKeys = keys
            return []
        case .unbound:
            state.pendingKeys = []
            if keys.count > 1 { return compareKey(key, compare: compare, state: &state) }
            state.status = StatusMessage(
                keymap.message(
                    "\(key) does nothing here",
                    [
                        (.move(.down), "moves"), (.copyAcross(.leftToRight), "copies"),
                        (.cancel, "closes"),
                    ], in: .compare),
                isError: true)
            return [.bell]
        case .action(let action):
            state.pendingKeys = []
            switch action {
            case .move(let motion):
                moveCompare(&compare, motion, state: state)
            case .nextDifference(let forward):
                if !jumpToDifference(&compare, forward: forward) {
                    state.status = StatusMessage("no more differences that way")
                }
            case .copyAcross(let direction):
                if !copyAcross(&compare, direction, state: &state) { return [.bell] }
            case .undo, .redo:
                _ = performEdit(action, rows: cache.visibleRows(for: state.browser), state: &state)
                let selected = compare.selectedRow
                compare = compareRows(
                    left: compare.left, right: compare.right, namespace: compare.namespace)
                compare.selectedRow = min(selected, max(0, compare.keys.count - 1))
            case .cancel:
                state.mode = .browse
                return []
            default:
                return [.bell]
            }
            scrollCompare(&compare, height: compareHeight(state))
            state.mode = .compare(compare)
            return []
        }
    }

    private func moveCompare(_ compare: inout CompareState, _ motion: Motion, state: AppState) {
        let target = motion.target(
            from: compare.selectedRow, count: compare.keys.count, page: compareHeight(state))
        compare.selectedRow = min(max(0, target), max(0, compare.keys.count - 1))
    }

    private func scrollCompare(_ compare: inout CompareState, height: Int) {
        if compare.selectedRow < compare.scrollTop { compare.scrollTop = compare.selectedRow }
        if compare.selectedRow >= compare.scrollTop + height {
            compare.scrollTop = compare.selectedRow - height + 1
        }
        compare.scrollTop = max(0, compare.scrollTop)
    }

    /// The mark of one row, from the engine's current values.
    func mark(_ compare: CompareState, row: Int) -> CompareState.Mark? {
        guard let left = compare.address(row: row, onLeft: true),
            let right = compare.address(row: row, onLeft: false)
        else { return nil }
        return .of(engine.get(left), engine.get(right))
    }

    /// Selects the nearest row that is not `same`; returns false when there is none that way.
    private func jumpToDifference(_ compare: inout CompareState, forward: Bool) -> Bool {
        var row = compare.selectedRow
        while true {
            row += forward ? 1 : -1
            guard let mark = mark(compare, row: row) else { return false }
            if mark != .same {
                compare.selectedRow = row
                return true
            }
        }
    }

    /// Copies the selected row's value to the other side as one recorded set.
    private func copyAcross(
        _ compare: inout CompareState, _ direction: CompareState.Direction, state: inout AppState
    ) -> Bool {
        let toRight = direction == .leftToRight
        let row = compare.selectedRow
        guard let from = compare.address(row: row, onLeft: toRight),
            let to = compare.address(row: row, onLeft: !toRight),
            let before = mark(compare, row: row)
        else { return false }
        guard let value = engine.get(from) else {
            state.status = StatusMessage("\(from) does not exist: nothing to copy", isError: true)
            return false
        }
        if before == .same {
            state.status = StatusMessage("\(to) already holds the same value")
            return true
        }
        do {
            try engine.execute(.setAddress(to, value: value))
            compare.tally[before, default: 0] -= 1
            compare.tally[.same, default: 0] += 1
            state.status = StatusMessage("copied to \(to) — u undoes")
            return true
        } catch {
            state.status = StatusMessage(error.message, isError: true)
            return false
        }
    }
}
