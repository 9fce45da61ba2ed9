extension MeteorEngine {
    /// A number that changes after every change to entries (not to the cursor or scratch).
    ///
    /// Views that cache what they show (the TUI's tree) compare it to know when to rebuild.
    public var generation: Int { workspace.generation }

    /// A number that changes after every change that may add, remove, rename or reorder keys.
    ///
    /// Replacing the value of an existing key leaves it, so a view that caches only the key
    /// structure (the TUI's tree index and search corpus) keeps it across value edits.
    public var keysGeneration: Int { workspace.keysGeneration }
}
