#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// One entry of the engine's history: a command, when it ran, whether it worked, and what it
/// changed (SPEC §9).
public struct HistoryRecord: Sendable, Identifiable {
    /// Whether the command worked.
    public enum Outcome: Sendable, Hashable, Codable {
        /// It worked; its changes were applied.
        case success
        /// It failed; nothing was applied.
        case failure(MeteorError)
    }

    /// How the record came about.
    public enum Origin: Sendable, Hashable, Codable {
        /// A front end called ``MeteorEngine/execute(_:)``.
        case command
        /// A `ctl:` command inside a stream applied by a library call
        /// (``MeteorEngine/process(tokenStream:)``). Kept for the audit trail; it is not
        /// undoable on its own, because the stream's other changes are not recorded.
        case streamControl
    }

    /// The id; ids increase by one per record and are never reused.
    public let id: Int
    /// When the command ran, from the engine's clock.
    public let timestamp: Date
    /// The command.
    public let command: EngineCommand
    /// How the record came about.
    public let origin: Origin
    /// Whether it worked.
    public let outcome: Outcome
    /// What it changed, in order; empty for failures and for cursor-only commands.
    public let changes: [HistoryChange]
    /// The cursor before the command.
    public let cursorBefore: Cursor
    /// The cursor after the command (equal to ``cursorBefore`` after a failure).
    public let cursorAfter: Cursor
    /// Warnings that did not stop the command.
    public let warnings: [Diagnostic]
    /// The `ctl:` commands a stream ran, in stream order.
    public let controlCommands: [ControlCommand]

    init(
        id: Int, timestamp: Date, command: EngineCommand, origin: Origin = .command,
        outcome: Outcome, changes: [Change] = [], cursorBefore: Cursor, cursorAfter: Cursor,
        warnings: [Diagnostic] = [], controlCommands: [ControlCommand] = []
    ) {
        self.id = id
        self.timestamp = timestamp
        self.command = command
        self.origin = origin
        self.outcome = outcome
        self.changes = changes.map(HistoryChange.init)
        self.cursorBefore = cursorBefore
        self.cursorAfter = cursorAfter
        self.warnings = warnings
        self.controlCommands = controlCommands
    }

    /// The command's kind.
    public var kind: EngineCommandKind { command.kind }

    /// What the command acted on, as short text.
    public var target: String { command.target }

    /// Whether the command worked.
    public var succeeded: Bool { outcome == .success }

    /// The error of a failed command.
    public var error: MeteorError? {
        if case .failure(let error) = outcome { return error }
        return nil
    }

    /// Whether the command changed entries.
    public var changesData: Bool { changes.contains { $0.change.isData } }

    /// Whether the command changed scratch slots.
    public var changesScratch: Bool { changes.contains { !$0.change.isData } }

    /// Whether ``MeteorEngine/undo()`` can revert this record: a successful command that changed
    /// data or scratch slots.
    ///
    /// Cursor-only commands are not undo steps.
    public var isUndoable: Bool { origin == .command && succeeded && !changes.isEmpty }
}
