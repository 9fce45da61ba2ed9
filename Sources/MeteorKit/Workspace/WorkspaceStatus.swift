/// A snapshot of the engine's workspace, for debugging (``MeteorEngine/workspaceStatus()``
/// exists in debug builds only).
///
/// With the `WorkspaceInstrumentation` package trait it also carries cache and iteration
/// counters (`swift build --traits WorkspaceInstrumentation`); without the trait those
/// counters are not compiled at all.
public struct WorkspaceStatus: Sendable, Hashable {
    /// Non-empty namespaces, over all contexts.
    public var namespaceCount: Int
    /// Scratch slots.
    public var scratchSlotCount: Int
    /// Pattern queries whose cached answers are currently valid.
    public var cachedQueries: Int
    /// Keys held in order, over all namespaces.
    public var orderedKeys: Int
    /// Tombstones waiting for compaction, over all namespaces.
    public var tombstones: Int

    #if WorkspaceInstrumentation
        /// `find` answers served from the cache.
        public var cacheHits: Int
        /// `find` answers that had to be computed.
        public var cacheMisses: Int
        /// Walks over one namespace's keys.
        public var iterations: Int
        /// Keys visited by those walks.
        public var keysIterated: Int

        /// Hits over all lookups; 0 when there were none.
        public var cacheHitRatio: Double {
            let lookups = cacheHits + cacheMisses
            return lookups == 0 ? 0 : Double(cacheHits) / Double(lookups)
        }

        /// Keys visited per walk; 0 when there were none.
        public var averageKeysPerIteration: Double {
            iterations == 0 ? 0 : Double(keysIterated) / Double(iterations)
        }
    #endif
}
