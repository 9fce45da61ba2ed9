/// What a mutating command did, for printing: the command, the history record it left, the
/// entries stored and removed, and the cursor afterwards.
public struct ChangeReport: Sendable, Hashable {
    /// The command's name, such as `set`, `delete`, `parse`, `undo` or `scratch.set`.
    public var command: String
    /// What it acted on: a path, a slot name, a reset target.
    public var target: String
    /// The history record it left, when one was recorded.
    public var record: Int?
    /// The entry a `set` stored (with `list[]` resolved).
    public var entry: Entry?
    /// Entries stored (new or updated).
    public var stored: Int
    /// Entries removed.
    public var deleted: Int
    /// The cursor after the command.
    public var cursor: Cursor
    /// Whether nothing was applied because `--dry-run` was given.
    public var dryRun: Bool
    /// One line for people, such as `deleted 3 entries (app:ui:)`.
    public var summary: String
    /// For a dry run that lists them (`rename`, `move`, `copy`): every entry change it would
    /// make, in order; nil otherwise.
    public var changes: [EntryChange]?

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - command: The command's name.
    ///   - target: What it acted on.
    ///   - record: The history record id.
    ///   - entry: The entry a set stored.
    ///   - stored: Entries stored.
    ///   - deleted: Entries removed.
    ///   - cursor: The cursor afterwards.
    ///   - dryRun: Whether it was a dry run.
    ///   - summary: The line for people.
    ///   - changes: The entry changes a dry run would make, to list them.
    public init(
        command: String, target: String, record: Int? = nil, entry: Entry? = nil,
        stored: Int = 0, deleted: Int = 0, cursor: Cursor, dryRun: Bool = false,
        summary: String, changes: [EntryChange]? = nil
    ) {
        self.command = command
        self.target = target
        self.record = record
        self.entry = entry
        self.stored = stored
        self.deleted = deleted
        self.cursor = cursor
        self.dryRun = dryRun
        self.summary = summary
        self.changes = changes
    }
}
