/// Scratch slots and workspace inspection (SPEC §9).
extension MeteorEngine {
    /// The scratch slots (a value snapshot).
    ///
    /// Change them through ``execute(_:)`` with the `scratch…` commands so the changes are recorded
    /// and undoable.
    public var scratch: ScratchSlots { workspace.scratch }

    /// Sets a scratch slot without recording it: for the document loader, which restores
    /// saved slots before any command runs.
    ///
    /// - Parameters:
    ///   - name: The slot name.
    ///   - value: The value.
    /// - Throws: A name error or ``DiagnosticKind/limitExceeded``.
    package func loadScratchSlot(_ name: String, _ value: String) throws(MeteorError) {
        try ScratchSlots.validate(name: name, limits: limits)
        if value.utf8.count > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: value.utf8.count,
                what: "the value length of scratch slot `\(name)`")
        }
        workspace.scratch.set(name, value)
    }

    /// Removes one scratch slot without recording it, for replaying a crash journal.
    ///
    /// - Parameter name: The slot; a missing one is fine.
    package func unloadScratchSlot(_ name: String) {
        workspace.scratch.remove(name)
    }

    /// Removes every scratch slot without recording it, for the document loader.
    package func unloadScratchSlots() {
        workspace.scratch.removeAll()
    }

    #if DEBUG
        /// Reports the workspace's state; exists in debug builds only.
        ///
        /// - Returns: Namespace, scratch slot, cached query and ordered key counts, plus cache
        ///   and iteration counters with the `WorkspaceInstrumentation` trait.
        public func workspaceStatus() -> WorkspaceStatus {
            let namespaces = storage.namespaces.count
            let tombstones = storage.namespaces.values.reduce(0) { $0 + $1.tombstones }
            #if WorkspaceInstrumentation
                let counters = workspace.counters
                return WorkspaceStatus(
                    namespaceCount: namespaces, scratchSlotCount: workspace.scratch.count,
                    cachedQueries: workspace.cachedQueryCount, orderedKeys: storage.entryCount,
                    tombstones: tombstones, cacheHits: counters.cacheHits,
                    cacheMisses: counters.cacheMisses, iterations: counters.iterations,
                    keysIterated: counters.keysIterated)
            #else
                return WorkspaceStatus(
                    namespaceCount: namespaces, scratchSlotCount: workspace.scratch.count,
                    cachedQueries: workspace.cachedQueryCount, orderedKeys: storage.entryCount,
                    tombstones: tombstones)
            #endif
        }
    #endif
}
