/// Replays journal records onto the data of the file as it is now: a three-way merge per
/// key and scratch slot.
///
/// Per key, the records give the value the session started from (`base`, the first
/// operation's `before`) and the one it left (`ours`, the last `after`); the engine holds the
/// file's value (`theirs`). A key the file still holds at `base` takes the session's
/// operations in order; a key the file holds at `ours` already is skipped; a key the session
/// left as it found it keeps the file's value; anything else is a conflict, settled by the
/// caller's ``MergeResolution``. Renames apply as renames (keeping their place) when both
/// keys are clean, and order operations rearrange whatever keys are there. Onto an
/// unchanged file the replay therefore rebuilds the session's state exactly, order included.
struct JournalMerge {
    private typealias Subject = MergeConflict.Subject

    private enum Fate {
        /// Replay the session's operations.
        case apply
        /// The file has the session's value already.
        case alreadyThere
        /// The session left it as it was, and the file changed it: keep the file's.
        case theirs
        /// Both changed it differently.
        case conflict
    }

    private struct Net {
        var base: String?
        var ours: String?
    }

    private let operations: [JournalOperation]
    private let recordCount: Int
    private var subjects: [Subject] = []
    private var nets: [Subject: Net] = [:]
    private var fates: [Subject: Fate] = [:]
    private var theirs: [Subject: String?] = [:]
    /// How many namespaces (and the scratch slots) the records leave in another order than
    /// the file has them.
    private var reorders = 0

    /// Works out the plan for records against the data an engine holds now.
    ///
    /// - Parameters:
    ///   - records: The records, oldest first.
    ///   - engine: The engine holding the file's data.
    /// - Complexity: O(operations).
    init(records: [JournalRecord], current engine: MeteorEngine) {
        operations = records.flatMap(\.operations)
        recordCount = records.count
        for operation in operations {
            switch operation {
            case .entry(let address, let before, let after):
                note(.entry(address), before: before, after: after)
            case .rename(let address, let key, let value):
                note(.entry(address), before: value, after: nil)
                note(
                    .entry(Address(address.context, address.namespace, key)), before: nil,
                    after: value)
            case .scratch(let name, let before, let after):
                note(.scratch(name), before: before, after: after)
            case .order, .scratchOrder:
                break
            }
        }
        for subject in subjects {
            guard let net = nets[subject] else { continue }
            let current = Self.value(of: subject, in: engine)
            theirs[subject] = current
            fates[subject] =
                if current == net.base {
                    .apply
                } else if net.ours == net.base {
                    .theirs
                } else if current == net.ours {
                    .alreadyThere
                } else {
                    .conflict
                }
        }
        reorders = Self.reorders(in: operations, against: engine)
    }

    /// Counts the namespaces (and scratch slots) whose last order operation disagrees with
    /// the order the engine has for the same keys: changes even when every value is there.
    private static func reorders(in operations: [JournalOperation], against engine: MeteorEngine)
        -> Int
    {
        var keyOrders: [NamespaceID: [Key]] = [:]
        var slotOrder: [String]?
        for operation in operations {
            if case .order(let context, let namespace, let keys) = operation {
                keyOrders[NamespaceID(context, namespace)] = keys
            } else if case .scratchOrder(let names) = operation {
                slotOrder = names
            }
        }
        func differs<T: Hashable>(_ wanted: [T], _ current: [T]) -> Bool {
            let listed = Set(wanted)
            let present = Set(current)
            return current.filter { listed.contains($0) } != wanted.filter { present.contains($0) }
        }
        var count = 0
        for (name, keys) in keyOrders
        where differs(keys, engine.entries(in: name.context, name.namespace).map(\.key)) {
            count += 1
        }
        if let slotOrder, differs(slotOrder, engine.scratch.list) { count += 1 }
        return count
    }

    private mutating func note(_ subject: Subject, before: String?, after: String?) {
        if nets[subject] == nil {
            subjects.append(subject)
            nets[subject] = Net(base: before, ours: after)
        } else {
            nets[subject]?.ours = after
        }
    }

    /// The plan as the caller sees it.
    ///
    /// - Parameters:
    ///   - baseMatches: Whether the file is the one the records started from.
    ///   - journalPath: The journal, for messages.
    /// - Returns: The plan.
    func plan(baseMatches: Bool, journalPath: String?) -> MergePlan {
        var changes = 0
        var already = 0
        var conflicts: [MergeConflict] = []
        for subject in subjects {
            guard let net = nets[subject] else { continue }
            switch fates[subject] {
            case .apply where net.base != net.ours: changes += 1
            case .alreadyThere: already += 1
            case .conflict:
                conflicts.append(
                    MergeConflict(
                        subject: subject, base: net.base, theirs: theirs[subject] ?? nil,
                        ours: net.ours))
            default: break
            }
        }
        return MergePlan(
            recordCount: recordCount, changeCount: changes + reorders, alreadyThereCount: already,
            conflicts: conflicts, baseMatches: baseMatches, journalPath: journalPath)
    }

    /// Applies the plan to the engine it was worked out against, through the engine's
    /// unrecorded library calls.
    ///
    /// - Parameters:
    ///   - engine: The engine; it must hold what it held when the plan was made.
    ///   - resolution: The choice for each conflict; every conflict must have one.
    /// - Returns: One record of what changed, from the engine's data before to after, for a
    ///   journal that starts from that data.
    /// - Throws: The engine's error when a value no longer fits its limits (what was
    ///   applied before stays).
    func apply(to engine: MeteorEngine, resolution: MergeResolution) throws(MeteorError)
        -> [JournalOperation]
    {
        var reordered: [NamespaceID] = []
        var seen: Set<NamespaceID> = []
        var scratchReordered = false
        for operation in operations {
            switch operation {
            case .entry(let address, _, let after):
                if fates[.entry(address)] == .apply { try Self.put(after, at: address, in: engine) }
            case .rename(let address, let key, let value):
                let target = Address(address.context, address.namespace, key)
                let from = fates[.entry(address)] == .apply
                let to = fates[.entry(target)] == .apply
                if from, to, engine.get(address) == value, engine.get(target) == nil {
                    try engine.renameInPlace(address, to: key)
                } else {
                    if from { try Self.put(nil, at: address, in: engine) }
                    if to { try Self.put(value, at: target, in: engine) }
                }
            case .order(let context, let namespace, let keys):
                let name = NamespaceID(context, namespace)
                if seen.insert(name).inserted { reordered.append(name) }
                try Self.arrange(context, namespace, keys, in: engine)
            case .scratch(let name, _, let after):
                if fates[.scratch(name)] == .apply { try Self.put(after, slot: name, in: engine) }
            case .scratchOrder(let names):
                scratchReordered = true
                try Self.arrange(slots: names, in: engine)
            }
        }
        for subject in subjects where fates[subject] == .conflict {
            guard resolution.choice(for: subject) == .ours, let net = nets[subject] else {
                continue
            }
            switch subject {
            case .entry(let address): try Self.put(net.ours, at: address, in: engine)
            case .scratch(let name): try Self.put(net.ours, slot: name, in: engine)
            }
        }
        return applied(in: engine, reordered: reordered, scratchReordered: scratchReordered)
    }

    /// The net change the replay made: each touched key from the file's value to the
    /// engine's, and the order of each namespace an order operation arranged.
    private func applied(
        in engine: MeteorEngine, reordered: [NamespaceID], scratchReordered: Bool
    ) -> [JournalOperation] {
        var result: [JournalOperation] = []
        for subject in subjects {
            let before = theirs[subject] ?? nil
            let after = Self.value(of: subject, in: engine)
            guard before != after else { continue }
            switch subject {
            case .entry(let address):
                result.append(.entry(address: address, before: before, after: after))
            case .scratch(let name):
                result.append(.scratch(name: name, before: before, after: after))
            }
        }
        for name in reordered {
            let keys = engine.entries(in: name.context, name.namespace).map(\.key)
            if !keys.isEmpty {
                result.append(.order(context: name.context, namespace: name.namespace, keys: keys))
            }
        }
        if scratchReordered { result.append(.scratchOrder(names: engine.scratch.list)) }
        return result
    }

    // MARK: - Engine steps

    private static func value(of subject: Subject, in engine: MeteorEngine) -> String? {
        switch subject {
        case .entry(let address): engine.get(address)
        case .scratch(let name): engine.scratch.get(name)
        }
    }

    private static func put(_ value: String?, at address: Address, in engine: MeteorEngine)
        throws(MeteorError)
    {
        if let value {
            try engine.set(address, value)
        } else {
            engine.delete(.key(address))
        }
    }

    private static func put(_ value: String?, slot name: String, in engine: MeteorEngine)
        throws(MeteorError)
    {
        if let value {
            try engine.loadScratchSlot(name, value)
        } else {
            engine.unloadScratchSlot(name)
        }
    }

    /// Puts the listed keys of a namespace in the listed order, followed by any others in
    /// their current order; nothing moves when the order is right already.
    private static func arrange(
        _ context: Context, _ namespace: Namespace, _ keys: [Key], in engine: MeteorEngine
    ) throws(MeteorError) {
        let current = Array(engine.entries(in: context, namespace))
        guard let arranged = arranged(current, by: \.key, as: keys) else { return }
        engine.delete(.namespace(context, namespace))
        _ = try engine.load(arranged)
    }

    /// Puts the listed slots in the listed order, followed by any others.
    private static func arrange(slots names: [String], in engine: MeteorEngine)
        throws(MeteorError)
    {
        guard let arranged = arranged(Array(engine.scratch), by: \.name, as: names) else {
            return
        }
        engine.unloadScratchSlots()
        for slot in arranged { try engine.loadScratchSlot(slot.name, slot.value) }
    }

    /// The items whose names are listed, in the listed order, then the others in their
    /// order; nil when the items are in that order already.
    private static func arranged<Item, Name: Hashable>(
        _ items: [Item], by name: (Item) -> Name, as names: [Name]
    ) -> [Item]? {
        guard items.map(name) != names else { return nil }
        var rank: [Name: Int] = [:]
        for (index, listed) in names.enumerated() { rank[listed] = index }
        let listed = items.filter { rank[name($0)] != nil }.sorted {
            (rank[name($0)] ?? 0) < (rank[name($1)] ?? 0)
        }
        return listed + items.filter { rank[name($0)] == nil }
    }
}
