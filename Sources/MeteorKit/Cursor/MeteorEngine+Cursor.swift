/// Cursor helpers (SPEC §9).
extension MeteorEngine {
    /// Moves the cursor back to `app:main`.
    ///
    /// Not recorded; use ``EngineCommand/reset(_:)`` with ``ResetTarget/cursor`` to record it.
    public func resetCursor() {
        cursor = .initial
    }

    /// Runs `body` with the cursor at `context:namespace`, then restores the previous cursor.
    ///
    /// The cursor is restored whether `body` returns or throws, and calls nest.
    ///
    /// ```swift
    /// try engine.withCursor(context: user, namespace: prefs) { engine in
    ///     try engine.storeToken(key: theme, value: "dark")   // user:prefs:theme
    /// }
    /// // the cursor is back where it was
    /// ```
    ///
    /// - Parameters:
    ///   - context: The context to use.
    ///   - namespace: The namespace to use.
    ///   - body: The work to do; it receives the engine.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    public func withCursor<T, E: Error>(
        context: Context, namespace: Namespace, _ body: (MeteorEngine) throws(E) -> T
    ) throws(E) -> T {
        let saved = cursor
        cursor = Cursor(context: context, namespace: namespace)
        defer { cursor = saved }
        return try body(self)
    }
}
