/// One validated step of a parsed stream, applied by the engine in stream order (SPEC §5–6).
public enum StreamOperation: Sendable, Hashable, Codable {
    /// Store a value.
    case store(Token)
    /// `ns=NAME`: the cursor namespace becomes NAME.
    case setNamespace(Namespace)
    /// `ctx=NAME`: the cursor context becomes NAME; the namespace is kept.
    case setContext(Context)
    /// A `ctl:` command.
    case control(ControlCommand)
}
