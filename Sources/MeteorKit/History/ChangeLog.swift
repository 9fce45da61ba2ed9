/// The changes one command has made so far, kept while it runs: they become the history
/// record's changes on success and are reverted on failure.
struct ChangeLog {
    /// The reversible changes, in order.
    var changes: [Change] = []
    /// Entries stored.
    var stored = 0
    /// Entries removed.
    var deleted = 0
    /// `ctl:` commands run by a stream.
    var controls: [ControlCommand] = []

    /// Appends another log's contents (a nested recording).
    mutating func absorb(_ other: ChangeLog) {
        changes += other.changes
        stored += other.stored
        deleted += other.deleted
        controls += other.controls
    }
}
