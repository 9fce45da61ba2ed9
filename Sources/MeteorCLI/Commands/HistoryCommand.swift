public import ArgumentParser

/// `meteor history`: lists recorded commands, newest first.
public struct HistoryCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the recorded commands, newest first.",
        discussion: """
            Each record shows its id, time, command, target and outcome, then one line per
            changed entry (`+` added, `-` removed, `~` changed). The history, failed
            commands included, is kept beside the store (STORE.state, the newest records up
            to the profile's command history limit), so it spans invocations; it is dropped,
            with a note, when another program changes the store.

            Examples:
              meteor history --limit 5
              meteor history --failed
              meteor history --since 12 --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Records per page.
    @Option(help: "Records per page.")
    public var limit = 20

    /// Only failures.
    @Flag(help: "Only commands that failed.")
    public var failed = false

    /// Only records after this id.
    @Option(help: ArgumentHelp("Only records with a greater id.", valueName: "id"))
    public var since: Int?

    /// The 1-based page.
    @Option(help: "The page to show, from 1.")
    public var page = 1

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Rejects sizes and pages below 1.
    ///
    /// - Throws: A validation error.
    public func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if page < 1 { throw ValidationError("--page must be at least 1") }
    }

    /// Reads the history.
    ///
    /// - Parameter session: The session.
    /// - Returns: The page.
    /// - Throws: Nothing in practice; the protocol allows it.
    public func execute(in session: Session) throws -> CommandOutput {
        let history = session.engine.history
        let filter = HistoryFilter(failedOnly: failed, sinceID: since)
        let records = history.records(
            order: .newestFirst, filter: filter, page: PageRequest(size: limit, index: page - 1))
        let undone = Set(records.map(\.id).filter(history.isUndone))
        return .history(
            HistoryPage(
                records: records, total: history.count(matching: filter), page: page,
                pageSize: limit, undone: undone))
    }
}
