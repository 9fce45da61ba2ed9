/// The notes a session prints about the cursor and history kept beside the store
/// (docs/decisions/0006).
extension Session {
    /// What to tell the user after a store loaded: a broken state file, or a history dropped
    /// because another program changed the file.
    ///
    /// A read-only command drops nothing (it leaves the state file as it is), so it gets no
    /// note about the history; the next command that writes does.
    ///
    /// - Parameter openStore: The store as loaded.
    /// - Returns: The notes, each a line for standard error.
    static func notes(after openStore: OpenStore) -> [String] {
        if let warning = openStore.stateWarning { return ["meteor: warning: \(warning)"] }
        guard case .mismatch = openStore.stateRestoration, openStore.mode != .readOnly else {
            return []
        }
        return [
            "meteor: note: `\(openStore.path)` was changed by another program since the last "
                + "command; its undo history was dropped"
        ]
    }
}
