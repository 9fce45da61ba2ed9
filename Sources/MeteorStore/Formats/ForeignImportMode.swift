/// How a foreign import treats the namespaces its file names.
public enum ForeignImportMode: String, Sendable, Hashable, CaseIterable {
    /// Sets each key: existing keys keep their position and get the new value, new keys are
    /// appended in file order, and keys the file does not name stay.
    case merge
    /// Replaces each namespace the file names: afterwards it holds exactly the file's keys, in
    /// file order. Namespaces the file does not name are untouched.
    case replace
}
