/// What a save-as destination holds, checked before anything is written.
public enum SaveAsTarget: Sendable, Hashable {
    /// Nothing is there: saving creates the file.
    case available
    /// A file is there: saving replaces it, so the user confirms first.
    case exists
    /// The path cannot be saved to; the text says why (`directory /x does not exist`).
    case problem(String)
}
