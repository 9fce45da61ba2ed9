/// The exit status of a command, the same for the command line, the REPL and batch mode.
///
/// | status | meaning |
/// |---|---|
/// | 0 | success |
/// | 1 | not found: `get` or `exists` of a missing path, nothing to undo or redo |
/// | 2 | usage: unknown command or option, missing argument, malformed command line |
/// | 3 | invalid input: a path, key, value, stream or import that the rules reject |
/// | 4 | store error: unreadable file, changed on disk, lock held, cannot write |
public enum ExitStatus: Int32, Sendable, Hashable, CaseIterable {
    /// The command worked.
    case success = 0
    /// Something the command looked for does not exist.
    case notFound = 1
    /// The command line itself is wrong.
    case usage = 2
    /// The input breaks Meteor's rules; the diagnostic says where.
    case invalidInput = 3
    /// The store file cannot be read, changed on disk, is locked, or cannot be written.
    case storeError = 4

    /// The status a diagnostic kind leads to.
    ///
    /// - Parameter kind: The kind of a failure.
    /// - Returns: ``notFound`` for missing things, ``storeError`` for file and lock problems,
    ///   ``invalidInput`` for everything else.
    public static func of(_ kind: DiagnosticKind) -> ExitStatus {
        switch kind {
        case .notFound, .nothingToUndo, .nothingToRedo: .notFound
        case .ioError, .documentChanged, .lockHeld, .invalidDocument, .cancelled: .storeError
        default: .invalidInput
        }
    }
}
