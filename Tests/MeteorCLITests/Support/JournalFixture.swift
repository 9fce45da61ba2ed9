import MeteorCLI

/// Leaves a crash journal beside a store, as a TUI killed before saving would.
enum JournalFixture {
    /// Opens the store as an `OpenStore`, makes two changes (journaled) and drops it unsaved.
    static func leaveUnsavedChanges(in path: String, store: any DocumentStore = FileStore())
        throws
    {
        let document = try OpenStore(path: path, store: store)
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        try document.engine.execute(.set(path: "app:ui:font", value: "mono"))
        // The process dies: its locks go, its journal stays.
        document.close()
    }
}
