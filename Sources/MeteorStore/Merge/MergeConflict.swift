/// A key or scratch slot that two sides changed differently since they last agreed: this
/// session (or the session a crash journal comes from) and the file on disk.
public struct MergeConflict: Sendable, Hashable {
    /// What a conflict is about.
    public enum Subject: Sendable, Hashable, CustomStringConvertible {
        /// An entry.
        case entry(Address)
        /// A scratch slot.
        case scratch(String)

        /// The address, or `scratch NAME`.
        public var description: String {
            switch self {
            case .entry(let address): address.description
            case .scratch(let name): "scratch \(name)"
            }
        }
    }

    /// The key or slot.
    public var subject: Subject
    /// Its value when the session began; nil when it did not exist.
    public var base: String?
    /// Its value in the file on disk now; nil when it does not exist there.
    public var theirs: String?
    /// The value the session left; nil when the session removed it.
    public var ours: String?

    /// Creates a conflict.
    ///
    /// - Parameters:
    ///   - subject: The key or slot.
    ///   - base: The value both sides started from.
    ///   - theirs: The file's value.
    ///   - ours: The session's value.
    public init(subject: Subject, base: String?, theirs: String?, ours: String?) {
        self.subject = subject
        self.base = base
        self.theirs = theirs
        self.ours = ours
    }
}

/// Which side's value a conflict keeps.
public enum MergeChoice: Sendable, Hashable {
    /// The value in the file on disk.
    case theirs
    /// The value the session left.
    case ours
}

/// The caller's answer to a ``MergePlan``'s conflicts: a choice per conflict, and one for the
/// rest.
public struct MergeResolution: Sendable, Hashable {
    /// Choices for single conflicts.
    public var choices: [MergeConflict.Subject: MergeChoice]
    /// The choice for every conflict not in ``choices``; nil leaves them unresolved.
    public var otherwise: MergeChoice?

    /// Creates a resolution.
    ///
    /// - Parameters:
    ///   - choices: Choices for single conflicts.
    ///   - otherwise: The choice for the others.
    public init(choices: [MergeConflict.Subject: MergeChoice] = [:], otherwise: MergeChoice? = nil)
    {
        self.choices = choices
        self.otherwise = otherwise
    }

    /// Keeps the file's value of every conflict.
    public static let keepTheirs = MergeResolution(otherwise: .theirs)
    /// Keeps the session's value of every conflict.
    public static let keepOurs = MergeResolution(otherwise: .ours)
    /// Resolves nothing: only a plan without conflicts applies.
    public static let none = MergeResolution()

    /// The choice for one conflict.
    ///
    /// - Parameter subject: The conflict's key or slot.
    /// - Returns: The choice, or nil when it is left open.
    public func choice(for subject: MergeConflict.Subject) -> MergeChoice? {
        choices[subject] ?? otherwise
    }
}
