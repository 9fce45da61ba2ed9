/// Saving the history beside a document and restoring it in a later process.
///
/// Undo puts keys back at the place their insertion stamp gives them, and a document
/// reloaded in another process numbers its keys afresh. So a snapshot renumbers, per
/// namespace, the stamps its records refer to together with the stamps of the live keys
/// (keeping their order), and carries the live keys' new stamps; restoring gives the
/// reloaded keys those stamps back. Only namespaces the records refer to are renumbered.
extension MeteorEngine {
    /// Takes a snapshot of the history to save beside the document as it is now.
    ///
    /// Records keep their changes, newest first, until `changeBudget` entries' worth of
    /// changes are kept; older records are kept for the listing without their changes, and
    /// undo and redo stop before them. This bounds a saved history whatever the store size.
    ///
    /// - Parameter changeBudget: The most changed entries kept (snapshots count each entry).
    /// - Returns: The snapshot.
    /// - Complexity: O(h + k log k) for h kept changed entries and k keys in the namespaces
    ///   they touch.
    package func historySnapshot(changeBudget: Int = 10_000) -> HistorySnapshot {
        let records = history.records(order: .oldestFirst)
        var budget = changeBudget
        var cutoff = 0
        for record in records.reversed() where !record.changes.isEmpty {
            let weight = record.changes.reduce(0) { $0 + Self.weight(of: $1.change) }
            if weight > budget {
                cutoff = record.id
                break
            }
            budget -= weight
        }
        var referenced: [NamespaceID: Set<Int>] = [:]
        for record in records where record.id > cutoff {
            for change in record.changes { Self.collect(change.change, into: &referenced) }
        }
        var counter = 0
        var maps: [NamespaceID: [Int: Int]] = [:]
        var stamps: [NamespaceStamps] = []
        let order = referenced.keys.sorted {
            ($0.context, $0.namespace) < ($1.context, $1.namespace)
        }
        for id in order {
            let live = storage.namespaces[id]?.liveStamps ?? []
            let (map, renumbered) = Self.renumber(
                live: live, referenced: referenced[id, default: []].sorted(), from: &counter)
            maps[id] = map
            if !renumbered.isEmpty {
                stamps.append(
                    NamespaceStamps(
                        context: id.context, namespace: id.namespace, stamps: renumbered))
            }
        }
        let kept = records.map { record in
            record.changes.isEmpty
                ? record
                : record.replacingChanges(
                    record.id <= cutoff
                        ? [] : record.changes.map { Self.restamp($0.change, maps) })
        }
        return HistorySnapshot(
            records: kept, undo: history.undoIDs.filter { $0 > cutoff },
            redo: history.redoIDs.allSatisfy { $0 > cutoff } ? history.redoIDs : [],
            nextRecordID: nextRecordID, nextStamp: counter, stamps: stamps)
    }

    /// Restores a saved history into an engine freshly loaded from the document the
    /// snapshot was taken with.
    ///
    /// All or nothing: when the snapshot does not fit the loaded data, nothing changes.
    ///
    /// - Parameter snapshot: The snapshot.
    /// - Throws: ``DiagnosticKind/invalidDocument`` when its stamps do not fit the loaded
    ///   namespaces or its record ids are out of order.
    package func restoreHistory(_ snapshot: HistorySnapshot) throws(MeteorError) {
        let ids = snapshot.records.map(\.id)
        guard zip(ids, ids.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw MeteorError(.invalidDocument, "the saved history's record ids are out of order")
        }
        var plan: [(NamespaceID, [Int])] = []
        for entry in snapshot.stamps {
            let id = NamespaceID(entry.context, entry.namespace)
            guard let stamps = entry.stamps, let store = storage.namespaces[id],
                store.count == stamps.count, store.tombstones == 0,
                zip(stamps, stamps.dropFirst()).allSatisfy({ $0 < $1 })
            else {
                throw MeteorError(
                    .invalidDocument,
                    "the saved history does not fit namespace "
                        + "`\(entry.context.name):\(entry.namespace.name):`")
            }
            plan.append((id, stamps))
        }
        for (id, stamps) in plan {
            _ = storage.withNamespace(id.context, id.namespace) { $0.restamp(stamps) }
        }
        history = History(
            capacity: limits.commandHistory, records: snapshot.records, undoIDs: snapshot.undo,
            redoIDs: snapshot.redo)
        nextRecordID = max(snapshot.nextRecordID, (ids.last ?? 0) + 1)
        nextStamp = max(nextStamp, snapshot.nextStamp)
    }

    // MARK: - Private

    /// How many entries a change holds, for the budget.
    private static func weight(of change: Change) -> Int {
        switch change {
        case .entry, .rename: 1
        case .namespace(_, _, let before, let after): (before?.count ?? 0) + (after?.count ?? 0)
        case .context(_, let before, let after):
            [before, after].reduce(0) { sum, snapshot in
                sum + (snapshot?.values.reduce(0) { $0 + $1.count } ?? 0)
            }
        case .storage(let before, let after): before.entryCount + after.entryCount
        case .scratch(let before, let after): before.count + after.count
        }
    }

    /// Adds the stamps a change refers to, per namespace.
    private static func collect(_ change: Change, into referenced: inout [NamespaceID: Set<Int>]) {
        func add(_ id: NamespaceID, _ store: NamespaceStore?) {
            guard let store else { return }
            referenced[id, default: []].formUnion(store.liveStamps)
        }
        switch change {
        case .entry(let address, _, _, let stamp):
            referenced[NamespaceID(address.context, address.namespace), default: []].insert(stamp)
        case .rename, .scratch:
            break
        case .namespace(let context, let namespace, let before, let after):
            add(NamespaceID(context, namespace), before)
            add(NamespaceID(context, namespace), after)
        case .context(let context, let before, let after):
            for (namespace, store) in before ?? [:] { add(NamespaceID(context, namespace), store) }
            for (namespace, store) in after ?? [:] { add(NamespaceID(context, namespace), store) }
        case .storage(let before, let after):
            for (id, store) in before.namespaces { add(id, store) }
            for (id, store) in after.namespaces { add(id, store) }
        }
    }

    /// Numbers the live and the referenced stamps of one namespace together, in order.
    ///
    /// - Returns: Old → new for every referenced stamp, and the live keys' new stamps.
    private static func renumber(live: [Int], referenced: [Int], from counter: inout Int)
        -> (map: [Int: Int], live: [Int])
    {
        var map: [Int: Int] = [:]
        var renumbered: [Int] = []
        renumbered.reserveCapacity(live.count)
        var liveIndex = 0
        var referencedIndex = 0
        while liveIndex < live.count || referencedIndex < referenced.count {
            let nextLive = liveIndex < live.count ? live[liveIndex] : Int.max
            let nextReferenced =
                referencedIndex < referenced.count ? referenced[referencedIndex] : Int.max
            let stamp = min(nextLive, nextReferenced)
            if nextLive == stamp {
                renumbered.append(counter)
                liveIndex += 1
            }
            if nextReferenced == stamp {
                map[stamp] = counter
                referencedIndex += 1
            }
            counter += 1
        }
        return (map, renumbered)
    }

    /// A change with its stamps renumbered.
    private static func restamp(_ change: Change, _ maps: [NamespaceID: [Int: Int]]) -> Change {
        switch change {
        case .entry(let address, let before, let after, let stamp):
            let map = maps[NamespaceID(address.context, address.namespace)]
            return .entry(address, before: before, after: after, stamp: map?[stamp] ?? stamp)
        case .rename, .scratch:
            return change
        case .namespace(let context, let namespace, let before, let after):
            let map = maps[NamespaceID(context, namespace)] ?? [:]
            return .namespace(
                context, namespace, before: before?.restamped(map), after: after?.restamped(map))
        case .context(let context, let before, let after):
            func restamped(_ snapshot: Storage.ContextSnapshot?) -> Storage.ContextSnapshot? {
                snapshot.map { snapshot in
                    snapshot.reduce(into: [:]) { result, pair in
                        result[pair.key] = pair.value.restamped(
                            maps[NamespaceID(context, pair.key)] ?? [:])
                    }
                }
            }
            return .context(context, before: restamped(before), after: restamped(after))
        case .storage(let before, let after):
            func restamped(_ storage: Storage) -> Storage {
                var copy = Storage()
                for (id, store) in storage.namespaces {
                    copy.replace(id.context, id.namespace, with: store.restamped(maps[id] ?? [:]))
                }
                return copy
            }
            return .storage(before: restamped(before), after: restamped(after))
        }
    }
}
