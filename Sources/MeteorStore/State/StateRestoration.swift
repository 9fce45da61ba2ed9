public import MeteorKit

/// What restoring a document's saved state (``StateFile``) into a freshly loaded engine did.
///
/// The command line (`Session`) and the TUI (``Document``) restore through the same code, so
/// they agree on when a history may come back: only into the very document bytes it was
/// saved with (docs/decisions/0006).
public enum StateRestoration: Sendable {
    /// The document has no state file: new to Meteor, or a save is between writing the
    /// document and its state file.
    case missing
    /// The cursor came back, and the history when the state held one.
    case restored
    /// The state belongs to other document bytes (someone else changed the document): the
    /// cursor came back, the history was dropped.
    case mismatch
    /// The state file could not be read (bad JSON, another version); nothing came back.
    case unreadable(MeteorError)
    /// The cursor came back, but the history did not fit the document and was ignored.
    case historyRejected(MeteorError, statePath: String)

    /// A warning for the user when the state file is broken, or nil when it was fine.
    ///
    /// The text carries no `meteor: warning:` prefix; each front end adds its own framing.
    public var warning: String? {
        switch self {
        case .missing, .restored, .mismatch:
            nil
        case .unreadable(let error):
            "\(error.message); continuing with an empty history"
        case .historyRejected(let error, let statePath):
            "ignoring the history in `\(statePath)`: \(error.message)"
        }
    }
}
