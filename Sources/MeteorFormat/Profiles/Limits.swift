/// The limits that a profile enforces (SPEC §10).
///
/// Every parser, validator and the engine take a `Limits` value, defaulting to
/// ``Limits/active``. Tools that must exceed one limit (the benchmark parses streams of 100,000
/// tokens) change that field on a copy and keep the rest.
public struct Limits: Sendable, Hashable, Codable {
    /// The profile these limits come from, named in every limit error.
    public var profile: Profile
    /// Maximum characters in one namespace part or context name.
    public var namespacePartLength: Int
    /// Namespace depth at which a warning is reported.
    public var namespaceWarningDepth: Int
    /// Namespace depth at which the namespace is rejected.
    public var namespaceErrorDepth: Int
    /// Maximum tokens (token stream) or meteors (meteor stream) in one stream.
    public var streamItems: Int
    /// Maximum records kept in the command history.
    public var commandHistory: Int
    /// Maximum contexts in one store.
    public var contexts: Int
    /// Maximum UTF-8 bytes of a key's flat form.
    public var keyLength: Int
    /// Maximum UTF-8 bytes of a value.
    public var valueLength: Int

    /// Creates a set of limits.
    ///
    /// - Parameters:
    ///   - profile: The profile named in errors.
    ///   - namespacePartLength: Characters per name part.
    ///   - namespaceWarningDepth: Depth that warns.
    ///   - namespaceErrorDepth: Depth that fails.
    ///   - streamItems: Items per stream.
    ///   - commandHistory: History records.
    ///   - contexts: Contexts per store.
    ///   - keyLength: Bytes per key.
    ///   - valueLength: Bytes per value.
    public init(
        profile: Profile, namespacePartLength: Int, namespaceWarningDepth: Int,
        namespaceErrorDepth: Int, streamItems: Int, commandHistory: Int, contexts: Int,
        keyLength: Int, valueLength: Int
    ) {
        self.profile = profile
        self.namespacePartLength = namespacePartLength
        self.namespaceWarningDepth = namespaceWarningDepth
        self.namespaceErrorDepth = namespaceErrorDepth
        self.streamItems = streamItems
        self.commandHistory = commandHistory
        self.contexts = contexts
        self.keyLength = keyLength
        self.valueLength = valueLength
    }

    /// The limits of the profile this build was compiled with.
    public static var active: Limits { Profile.active.limits }

    /// The value of one limit.
    ///
    /// - Parameter limit: The limit.
    /// - Returns: Its value in this set.
    public subscript(limit: Limit) -> Int {
        switch limit {
        case .namespacePartLength: namespacePartLength
        case .namespaceWarningDepth: namespaceWarningDepth
        case .namespaceErrorDepth: namespaceErrorDepth
        case .streamItems: streamItems
        case .commandHistory: commandHistory
        case .contexts: contexts
        case .keyLength: keyLength
        case .valueLength: valueLength
        }
    }

    /// Builds the error for an exceeded limit, naming the limit, its value and the profile.
    ///
    /// - Parameters:
    ///   - limit: The limit that was exceeded.
    ///   - actual: The size that was found.
    ///   - what: What was measured, e.g. "value of key `intro`".
    ///   - location: Where, if known.
    /// - Returns: A ``DiagnosticKind/limitExceeded`` error.
    public func exceeded(
        _ limit: Limit, actual: Int, what: String, at location: SourceLocation? = nil
    ) -> MeteorError {
        MeteorError(
            .limitExceeded,
            "\(what) is \(actual), over the \(profile.rawValue) profile's \(limit.phrase) "
                + "limit of \(self[limit]) (\(limit.rawValue))",
            at: location,
            hint: "shorten the input, or build with a profile that allows more "
                + "(see `meteor config`)",
            limit: limit)
    }
}
