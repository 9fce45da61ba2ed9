#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The JSON shapes of Meteor's values, shared by every front end.
///
/// The command line, the REPL, batch mode and the TUI use them; docs/cli.md documents each,
/// and they only ever gain members.
public enum JSONRendering {
    /// `{"address","context","namespace","key","flatKey","value"}`.
    ///
    /// - Parameter entry: The entry.
    /// - Returns: The object.
    public static func entry(_ entry: Entry) -> JSONValue {
        .object([
            "address": .string(entry.address.description),
            "context": .string(entry.context.name),
            "namespace": .string(entry.namespace.name),
            "key": .string(entry.key.bracket),
            "flatKey": .string(entry.key.flat),
            "value": .string(entry.value),
        ])
    }

    /// `{"context","namespace","text","pairs":[{"key","flatKey","value"}]}`.
    ///
    /// - Parameter meteor: The meteor.
    /// - Returns: The object.
    public static func meteor(_ meteor: Meteor) -> JSONValue {
        .object([
            "context": .string(meteor.context.name),
            "namespace": .string(meteor.namespace.name),
            "text": .string(meteor.description),
            "pairs": .array(
                meteor.pairs.map { pair in
                    .object([
                        "key": .string(pair.key.bracket), "flatKey": .string(pair.key.flat),
                        "value": .string(pair.value),
                    ])
                }),
        ])
    }

    /// `{"line","column","length","segment","meteor","file","summary"}`, or `null`.
    ///
    /// - Parameter location: The location.
    /// - Returns: The object or null.
    public static func location(_ location: SourceLocation?) -> JSONValue {
        guard let location else { return .null }
        return .object([
            "line": .int(location.line),
            "column": .int(location.column),
            "length": .int(location.length),
            "segment": location.segment.map(JSONValue.int) ?? .null,
            "meteor": location.meteor.map(JSONValue.int) ?? .null,
            "file": .optional(location.file),
            "summary": .string(location.summary),
        ])
    }

    /// `{"severity","kind","message","location","hint"}`.
    ///
    /// - Parameter diagnostic: The diagnostic.
    /// - Returns: The object.
    public static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            "severity": .string(diagnostic.severity.rawValue),
            "kind": .string(diagnostic.kind.rawValue),
            "message": .string(diagnostic.message),
            "location": location(diagnostic.location),
            "hint": .optional(diagnostic.hint),
        ])
    }

    /// The `error` object of docs/cli.md: `{"kind","message","location","hint"}`.
    ///
    /// - Parameter failure: The failure.
    /// - Returns: The object.
    public static func failure(_ failure: CommandFailure) -> JSONValue {
        .object([
            "kind": .string(failure.kind),
            "message": .string(failure.message),
            "location": location(failure.location),
            "hint": .optional(failure.hint),
        ])
    }

    /// `{"id","timestamp","command","target","ok","undone","error","changes":[…]}`.
    ///
    /// - Parameters:
    ///   - record: The record.
    ///   - undone: Whether it is undone.
    /// - Returns: The object.
    public static func record(_ record: HistoryRecord, undone: Bool) -> JSONValue {
        .object([
            "id": .int(record.id),
            "timestamp": .string(TextRendering.timestamp(record.timestamp)),
            "command": .string(record.kind.rawValue),
            "target": .string(record.target),
            "ok": .bool(record.succeeded),
            "undone": .bool(undone),
            "error": record.error.map { failure(CommandFailure($0)) } ?? .null,
            "changes": .array(record.changes.flatMap(\.entryChanges).map(entryChange)),
        ])
    }

    /// `{"address","before","after"}`; `before` or `after` is null where the entry is absent.
    ///
    /// - Parameter change: The change.
    /// - Returns: The object.
    public static func entryChange(_ change: EntryChange) -> JSONValue {
        .object([
            "address": .string(change.address.description),
            "before": .optional(change.before),
            "after": .optional(change.after),
        ])
    }

    /// `{"context","namespace","position"}`.
    ///
    /// - Parameter cursor: The cursor.
    /// - Returns: The object.
    public static func cursor(_ cursor: Cursor) -> JSONValue {
        .object([
            "context": .string(cursor.context.name),
            "namespace": .string(cursor.namespace.name),
            "position": .string(cursor.position),
        ])
    }

    /// `{"name","value"}`.
    ///
    /// - Parameter note: The scratch slot.
    /// - Returns: The object.
    public static func scratch(_ note: ScratchNote) -> JSONValue {
        .object(["name": .string(note.name), "value": .string(note.value)])
    }

    /// `{"profile","limits":{name: value}}`, limits in declaration order.
    ///
    /// - Parameter limits: The limits.
    /// - Returns: The object.
    public static func config(_ limits: Limits) -> JSONValue {
        .object([
            "profile": .string(limits.profile.rawValue),
            "limits": .object(Limit.allCases.map { .init($0.rawValue, .int(limits[$0])) }),
        ])
    }
}
