extension MeteorEngine {
    /// A number that changes after every change to entries (not to the cursor or scratch).
    ///
    /// Views that cache what they show (the TUI's tree) compare it to know when to rebuild.
    public var generation: Int { workspace.generation }
}
