/// A named set of limits (SPEC §10), chosen at build time with a package trait.
///
/// Build with `--traits ProfileEnterprise`, `ProfileEmbedded` or `ProfileStrict`; with no
/// profile trait the default profile is active. ``Profile/active`` reads the choice at run time.
public enum Profile: String, Sendable, Hashable, Codable, CaseIterable {
    /// General use; values up to 64 KiB.
    case `default`
    /// Large stores; values up to 1 MiB.
    case enterprise
    /// Small devices; tight limits everywhere.
    case embedded
    /// Short names and small values, for validation-heavy uses.
    case strict

    /// The profile this build was compiled with.
    public static var active: Profile {
        #if ProfileStrict
            return .strict
        #elseif ProfileEmbedded
            return .embedded
        #elseif ProfileEnterprise
            return .enterprise
        #else
            return .default
        #endif
    }

    /// The profile's limits.
    public var limits: Limits {
        switch self {
        case .default:
            Limits(
                profile: self, namespacePartLength: 64, namespaceWarningDepth: 5,
                namespaceErrorDepth: 6, streamItems: 1_000, commandHistory: 1_000, contexts: 100,
                keyLength: 128, valueLength: 65_536)
        case .enterprise:
            Limits(
                profile: self, namespacePartLength: 128, namespaceWarningDepth: 6,
                namespaceErrorDepth: 8, streamItems: 10_000, commandHistory: 10_000,
                contexts: 1_000, keyLength: 256, valueLength: 1_048_576)
        case .embedded:
            Limits(
                profile: self, namespacePartLength: 32, namespaceWarningDepth: 3,
                namespaceErrorDepth: 4, streamItems: 100, commandHistory: 100, contexts: 10,
                keyLength: 32, valueLength: 256)
        case .strict:
            Limits(
                profile: self, namespacePartLength: 16, namespaceWarningDepth: 3,
                namespaceErrorDepth: 4, streamItems: 50, commandHistory: 500, contexts: 5,
                keyLength: 16, valueLength: 128)
        }
    }
}
