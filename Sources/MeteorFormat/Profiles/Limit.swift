/// The name of one profile limit (SPEC §10), as printed in diagnostics and `meteor config`.
public enum Limit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Characters in one namespace part or context name.
    case namespacePartLength
    /// Namespace depth that produces a warning.
    case namespaceWarningDepth
    /// Namespace depth that is an error.
    case namespaceErrorDepth
    /// Tokens or meteors in one stream.
    case streamItems
    /// Records kept in the command history.
    case commandHistory
    /// Contexts in one store.
    case contexts
    /// UTF-8 bytes of a key's flat form.
    case keyLength
    /// UTF-8 bytes of a value.
    case valueLength

    /// A short phrase for messages, such as "key length".
    public var phrase: String {
        switch self {
        case .namespacePartLength: "name part length"
        case .namespaceWarningDepth: "namespace warning depth"
        case .namespaceErrorDepth: "namespace error depth"
        case .streamItems: "items per stream"
        case .commandHistory: "command history"
        case .contexts: "contexts per store"
        case .keyLength: "key length"
        case .valueLength: "value length"
        }
    }
}
