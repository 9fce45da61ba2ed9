#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A history record as a saved history holds it (see ``HistorySnapshot``).
extension HistoryRecord: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, timestamp, command, origin, outcome, changes, cursorBefore, cursorAfter
        case warnings, controlCommands
    }

    /// Decodes a record.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for a malformed record.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Int.self, forKey: .id),
            timestamp: try container.decode(Date.self, forKey: .timestamp),
            command: try container.decode(EngineCommand.self, forKey: .command),
            origin: try container.decode(Origin.self, forKey: .origin),
            outcome: try container.decode(Outcome.self, forKey: .outcome),
            changes: try container.decode([HistoryChange].self, forKey: .changes).map(\.change),
            cursorBefore: try container.decode(Cursor.self, forKey: .cursorBefore),
            cursorAfter: try container.decode(Cursor.self, forKey: .cursorAfter),
            warnings: try container.decodeIfPresent([Diagnostic].self, forKey: .warnings) ?? [],
            controlCommands: try container.decodeIfPresent(
                [ControlCommand].self, forKey: .controlCommands) ?? [])
    }

    /// Encodes the record.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(timestamp, forKey: .timestamp)
        try container.encode(command, forKey: .command)
        try container.encode(origin, forKey: .origin)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(changes, forKey: .changes)
        try container.encode(cursorBefore, forKey: .cursorBefore)
        try container.encode(cursorAfter, forKey: .cursorAfter)
        if !warnings.isEmpty { try container.encode(warnings, forKey: .warnings) }
        if !controlCommands.isEmpty {
            try container.encode(controlCommands, forKey: .controlCommands)
        }
    }

    /// The same record with other changes (restamped, or dropped to bound a saved history).
    func replacingChanges(_ changes: [Change]) -> HistoryRecord {
        HistoryRecord(
            id: id, timestamp: timestamp, command: command, origin: origin, outcome: outcome,
            changes: changes, cursorBefore: cursorBefore, cursorAfter: cursorAfter,
            warnings: warnings, controlCommands: controlCommands)
    }
}
