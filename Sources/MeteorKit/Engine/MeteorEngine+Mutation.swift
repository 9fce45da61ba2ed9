/// The primitive changes. Every change to entries or scratch slots goes through one of
/// these, which keep the storage, the query cache generation and the active change log in
/// step.
extension MeteorEngine {
    /// Validates and stores one value, resolving `list[]`.
    ///
    /// - Returns: The resolved address and a depth warning, if any.
    func store(_ address: Address, _ value: String) throws(MeteorError) -> (
        address: Address, warning: Diagnostic?
    ) {
        let warning = try check(address, value)
        var address = address
        if address.key.isAppend { address.key = try resolveAppend(address) }
        let result = try storage.upsert(address, value, newStamp: nextStamp, limits: limits)
        if result.before == nil {
            nextStamp += 1
            workspace.invalidate()
        } else {
            workspace.invalidateValues()
        }
        log?.stored += 1
        log?.changes.append(
            .entry(address, before: result.before, after: value, stamp: result.stamp))
        return (address, warning)
    }

    /// Checks an address and value against the limits and options.
    ///
    /// Names inside `address` were validated when they were made, perhaps under other
    /// limits; the length checks here are O(1) on the fast path.
    ///
    /// - Returns: A depth warning, or nil.
    func check(_ address: Address, _ value: String) throws(MeteorError) -> Diagnostic? {
        if address.context.name.utf8.count > limits.namespacePartLength {
            throw limits.exceeded(
                .namespacePartLength, actual: address.context.name.utf8.count,
                what: "the length of context `\(address.context.name)`")
        }
        let flat = address.key.flat.utf8.count
        if flat > limits.keyLength {
            throw limits.exceeded(
                .keyLength, actual: flat, what: "the length of key `\(address.key.flat)`")
        }
        if value.utf8.count > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: value.utf8.count,
                what: "the value length of `\(address)`")
        }
        return try check(address.namespace)
    }

    /// Checks a namespace's part lengths and depth.
    ///
    /// - Returns: A depth warning, or nil.
    func check(_ namespace: Namespace) throws(MeteorError) -> Diagnostic? {
        if namespace.name.utf8.count > limits.namespacePartLength {
            for part in namespace.parts where part.utf8.count > limits.namespacePartLength {
                throw limits.exceeded(
                    .namespacePartLength, actual: part.utf8.count,
                    what: "the length of namespace part `\(part)`")
            }
        }
        guard namespace.depth >= limits.namespaceWarningDepth else { return nil }
        if options.enforceNamespaceDepth, namespace.depth >= limits.namespaceErrorDepth {
            throw MeteorError(
                .namespaceTooDeep,
                "namespace `\(namespace.name)` has \(namespace.depth) levels; the "
                    + "\(limits.profile.rawValue) profile allows at most "
                    + "\(limits.namespaceErrorDepth - 1)",
                hint: "flatten the namespace, or move detail into the key (`a.b:c.d`)",
                limit: .namespaceErrorDepth)
        }
        let warning = namespace.depthWarning(limits: limits)
        if options.strict, let warning { throw MeteorError(warning) }
        return warning
    }

    /// The key `base[N]` that `base[]` resolves to at an address.
    func resolveAppend(_ address: Address) throws(MeteorError) -> Key {
        try resolveAppend(address.key) { base in
            storage.withNamespace(address.context, address.namespace) {
                $0.nextIndex(for: base)
            } ?? 0
        }
    }

    /// The key `base[N]` for an append key, given where the next free index comes from.
    ///
    /// - Parameters:
    ///   - key: The append key `base[]`.
    ///   - nextIndex: The next free index of a base; nil when the highest index is taken.
    /// - Returns: The resolved key.
    /// - Throws: ``DiagnosticKind/appendNotPermitted``, ``DiagnosticKind/invalidKey`` or
    ///   ``DiagnosticKind/limitExceeded``.
    func resolveAppend(_ key: Key, nextIndex: (Substring) -> Int?) throws(MeteorError) -> Key {
        let base = key.appendBase ?? Substring(key.flat)
        guard options.permitAppend else {
            throw MeteorError(
                .appendNotPermitted, "`\(key.bracket)` appends, and appending is turned off",
                hint: "name the index, e.g. `\(base)[0]`, or set `permitAppend`")
        }
        guard let next = nextIndex(base) else {
            throw MeteorError(
                .invalidKey, "`\(base)` already uses the highest possible index",
                hint: "append to another list")
        }
        return try key.resolvingAppend(to: next, limits: limits)
    }

    /// Removes one entry.
    ///
    /// - Returns: Whether it existed.
    @discardableResult
    func removeEntry(_ address: Address) -> Bool {
        guard let removed = storage.remove(address) else { return false }
        workspace.invalidate()
        log?.deleted += 1
        log?.changes.append(
            .entry(address, before: removed.value, after: nil, stamp: removed.stamp))
        return true
    }

    /// Removes a whole namespace.
    ///
    /// - Returns: The number of entries removed.
    @discardableResult
    func removeNamespace(_ context: Context, _ namespace: Namespace) -> Int {
        guard let old = storage.replace(context, namespace, with: nil) else { return 0 }
        workspace.invalidate()
        log?.deleted += old.count
        log?.changes.append(.namespace(context, namespace, before: old, after: nil))
        return old.count
    }

    /// Removes a whole context.
    ///
    /// - Returns: The number of entries removed.
    @discardableResult
    func removeContext(_ context: Context) -> Int {
        guard let old = storage.replace(context, with: nil) else { return 0 }
        let count = old.values.reduce(0) { $0 + $1.count }
        workspace.invalidate()
        log?.deleted += count
        log?.changes.append(.context(context, before: old, after: nil))
        return count
    }

    /// Removes every entry; the cursor and scratch slots stay.
    ///
    /// - Returns: The number of entries removed.
    @discardableResult
    func removeAllEntries() -> Int {
        guard !storage.isEmpty else { return 0 }
        let old = storage
        storage = Storage()
        workspace.invalidate()
        log?.deleted += old.entryCount
        log?.changes.append(.storage(before: old, after: storage))
        return old.entryCount
    }

    /// Replaces a whole namespace with a prepared store (import, move, copy).
    func replaceNamespace(
        _ context: Context, _ namespace: Namespace, with store: NamespaceStore?
    ) throws(MeteorError) {
        if storage.contexts[context] == nil, let store, !store.isEmpty {
            try storage.checkNewContext(context, limits: limits)
        }
        let old = storage.replace(context, namespace, with: store)
        workspace.invalidate()
        let after = store?.isEmpty == false ? store : nil
        log?.changes.append(.namespace(context, namespace, before: old, after: after))
    }

    /// Changes the scratch slots, recording before and after.
    func changeScratch(_ body: (inout ScratchSlots) -> Void) {
        let before = workspace.scratch
        body(&workspace.scratch)
        log?.changes.append(.scratch(before: before, after: workspace.scratch))
    }

    /// Applies one recorded change backwards (undo, rollback) or forwards (redo).
    ///
    /// Never fails and never checks limits: it restores states that existed.
    func apply(_ change: Change, reverting: Bool) {
        switch change {
        case .entry(let address, let before, let after, let stamp):
            if let value = reverting ? before : after {
                // The key still at its stamp's place only gets its value back.
                let inPlace =
                    storage.namespace(address.context, address.namespace)?.stamp(
                        of: address.key) == stamp
                place(address, value, stamp: stamp)
                if inPlace {
                    workspace.invalidateValues()
                    return
                }
            } else {
                _ = storage.remove(address)
            }
        case .rename(let context, let namespace, let from, let to, _):
            let (old, new) = reverting ? (to, from) : (from, to)
            _ = storage.withNamespace(context, namespace) { $0.rename(old, to: new) }
        case .namespace(let context, let namespace, let before, let after):
            storage.replace(context, namespace, with: reverting ? before : after)
        case .context(let context, let before, let after):
            storage.replace(context, with: reverting ? before : after)
        case .storage(let before, let after):
            storage = reverting ? before : after
        case .scratch(let before, let after):
            workspace.scratch = reverting ? before : after
        }
        workspace.invalidate()
    }

    /// Puts an entry back at the position its stamp gives it.
    private func place(_ address: Address, _ value: String, stamp: Int) {
        let placed: Void? = storage.withNamespace(address.context, address.namespace) {
            $0.place(address.key, value, stamp: stamp)
        }
        if placed == nil {
            var store = NamespaceStore()
            store.place(address.key, value, stamp: stamp)
            storage.replace(address.context, address.namespace, with: store)
        }
    }

    /// Runs `body` with a fresh change log.
    ///
    /// On success the log is returned (and added to an enclosing log, if any); on failure every
    /// change is reverted, newest first.
    func recording<T>(_ body: () throws(MeteorError) -> T) throws(MeteorError) -> (
        T, ChangeLog
    ) {
        let outer = log
        log = ChangeLog()
        do {
            let result = try body()
            let inner = log ?? ChangeLog()
            log = outer
            log?.absorb(inner)
            return (result, inner)
        } catch {
            for change in (log?.changes ?? []).reversed() { apply(change, reverting: true) }
            log = outer
            throw error
        }
    }
}
