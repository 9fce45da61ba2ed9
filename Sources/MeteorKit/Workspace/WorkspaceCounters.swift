#if WorkspaceInstrumentation
    /// Usage counters of the workspace, compiled only with the `WorkspaceInstrumentation` trait.
    ///
    /// A class, so iterators that outlive a call can still report to it.
    final class WorkspaceCounters {
        /// `find` answers served from the cache.
        var cacheHits = 0
        /// `find` answers that had to be computed.
        var cacheMisses = 0
        /// Walks over one namespace's keys (by iterators, views, `find` and `meteors`).
        var iterations = 0
        /// Keys visited by those walks.
        var keysIterated = 0
    }
#endif
