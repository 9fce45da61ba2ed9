public import ArgumentParser

/// `meteor undo`: reverts the newest undoable change.
public struct UndoCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Revert the newest change, even one made by an earlier invocation.",
        discussion: """
            A stream or an import is one change; a reverted key comes back at its old
            place. Exits with 1 when there is nothing to undo. The history is kept beside
            the store (see `history`), so undo works across invocations.

            Examples:
              meteor set app:ui:theme dark && meteor undo
              printf 'set k v\\nundo\\n' | meteor repl --batch
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Creates the command with default values.
    public init() {}

    /// Undoes.
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: ``DiagnosticKind/nothingToUndo``.
    public func execute(in session: Session) throws -> CommandOutput {
        let record = try session.engine.undo()
        return .change(Self.report(record, verb: "undo", session: session))
    }

    /// The report for an undo or redo.
    ///
    /// - Parameters:
    ///   - record: The record reverted or re-applied.
    ///   - verb: `undo` or `redo`.
    ///   - session: The session.
    /// - Returns: The report.
    static func report(_ record: HistoryRecord, verb: String, session: Session)
        -> ChangeReport
    {
        let changes = record.changes.flatMap(\.entryChanges)
        let past = verb == "undo" ? "undid" : "redid"
        return ChangeReport(
            command: verb, target: "#\(record.id)", record: record.id,
            stored: changes.count, cursor: session.engine.cursor,
            summary: "\(past) #\(record.id) \(record.label)")
    }
}
