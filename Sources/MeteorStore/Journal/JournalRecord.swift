/// One journal line: the effect of one acknowledged engine command (or undo, or redo).
struct JournalRecord: Codable, Hashable, Sendable {
    /// The 1-based position in the journal, to spot gaps.
    var sequence: Int
    /// The steps, in order.
    var operations: [JournalOperation]
}

/// The first journal line: the format version and which saved state the records start from.
struct JournalHeader: Codable, Hashable, Sendable {
    /// The format version this meteor writes: 2, whose operations carry the value before.
    static let currentVersion = 2

    /// The format version.
    var meteorJournal = Self.currentVersion
    /// The SHA-256 of the saved document the records start from; nil for a never-saved one.
    var base: String?
}
