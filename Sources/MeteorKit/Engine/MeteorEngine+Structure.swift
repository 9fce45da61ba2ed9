/// Structural edits: renaming a key, and moving or copying a whole namespace (SPEC §9).
///
/// Each runs inside one ``MeteorEngine/execute(_:)`` record, so it is one undo step and all
/// or nothing: everything is validated before the first change, and a failure part-way
/// (a limit) reverts what was done.
extension MeteorEngine {
    /// Renames a key in place.
    ///
    /// - Complexity: O(1) on average; with `overwrite`, removing the old target may compact
    ///   the namespace, O(keys in the namespace) at worst.
    /// - Returns: The new address, with `list[]` resolved.
    func renameKey(_ from: Address, to key: Key, overwrite: Bool) throws(MeteorError) -> Address {
        var target = Address(from.context, from.namespace, key)
        _ = try check(target, "")
        guard let value = storage.value(at: from) else { throw EngineErrors.notFound(.key(from)) }
        if target.key.isAppend { target.key = try resolveAppend(target) }
        if target.key == from.key { return target }
        if storage.value(at: target) != nil {
            guard overwrite else { throw EngineErrors.keysExist(target, count: 1) }
            removeEntry(target)
        }
        _ = storage.withNamespace(from.context, from.namespace) {
            $0.rename(from.key, to: target.key)
        }
        workspace.invalidate()
        log?.changes.append(
            .rename(from.context, from.namespace, from: from.key, to: target.key, value: value))
        return target
    }

    /// Renames a key in place without recording it: for replaying a crash journal, whose
    /// records say where keys went without being commands of their own.
    ///
    /// - Parameters:
    ///   - from: The key's address.
    ///   - key: The new key; it must not exist yet.
    /// - Throws: ``DiagnosticKind/notFound`` when `from` is absent, or the error a rename
    ///   onto an existing key gives.
    package func renameInPlace(_ from: Address, to key: Key) throws(MeteorError) {
        _ = try renameKey(from, to: key, overwrite: false)
    }

    /// Moves or copies a namespace.
    ///
    /// An absent target receives the source store as one O(1) snapshot. An existing target is
    /// merged into key by key, in source order, after checking every key for a clash first.
    ///
    /// - Complexity: O(1) into an absent target; O(keys in the source) into an existing one.
    ///   Never depends on the size of the rest of the store.
    func transferNamespace(
        _ fromContext: Context, _ fromNamespace: Namespace, to toContext: Context,
        _ toNamespace: Namespace, removingSource: Bool, overwrite: Bool
    ) throws(MeteorError) -> Performed {
        guard let source = storage.namespace(fromContext, fromNamespace) else {
            throw EngineErrors.notFound(.namespace(fromContext, fromNamespace))
        }
        if fromContext == toContext, fromNamespace == toNamespace {
            throw EngineErrors.sameNamespace(fromContext, fromNamespace)
        }
        try checkLength(of: toContext)
        let warning = try check(toNamespace)
        let performed = Performed(warnings: warning.map { [$0] } ?? [])
        guard let target = storage.namespace(toContext, toNamespace) else {
            if removingSource { removeNamespace(fromContext, fromNamespace) }
            try replaceNamespace(toContext, toNamespace, with: source)
            log?.stored += source.count
            return performed
        }
        if !overwrite {
            var first: Key?
            var clashes = 0
            for slot in source.slots where slot.isLive && target.index[slot.key] != nil {
                if first == nil { first = slot.key }
                clashes += 1
            }
            if let first {
                throw EngineErrors.keysExist(
                    Address(toContext, toNamespace, first), count: clashes)
            }
        }
        for slot in source.slots where slot.isLive {
            _ = try store(Address(toContext, toNamespace, slot.key), slot.value)
        }
        if removingSource { removeNamespace(fromContext, fromNamespace) }
        return performed
    }

    /// Checks a context name against the length limit, which may be lower than the limits it
    /// was validated under.
    private func checkLength(of context: Context) throws(MeteorError) {
        let length = context.name.utf8.count
        if length > limits.namespacePartLength {
            throw limits.exceeded(
                .namespacePartLength, actual: length,
                what: "the length of context `\(context.name)`")
        }
    }
}
