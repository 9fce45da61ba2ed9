/// Debug renderings: every field spelled out, keys in both spellings, values escaped.
///
/// Meant for people chasing a problem; the shape may change.
public enum DebugRendering {
    /// `Entry(app:ui:list[0] flat=app:ui:list__i_0 value="a\nb" bytes=3)`.
    ///
    /// - Parameter entry: The entry.
    /// - Returns: One line.
    public static func entry(_ entry: Entry) -> String {
        "Entry(\(entry.address) flat=\(entry.address.canonical) "
            + "value=\(ValueSyntax.quote(entry.value)) bytes=\(entry.value.utf8.count))"
    }

    /// `Meteor(app:ui pairs=2)` followed by one debug line per entry.
    ///
    /// - Parameter meteor: The meteor.
    /// - Returns: Lines.
    public static func meteor(_ meteor: Meteor) -> String {
        (["Meteor(\(meteor.context.name):\(meteor.namespace.name) pairs=\(meteor.pairs.count))"]
            + meteor.entries.map { "  " + entry($0) }).joined(separator: "\n")
    }

    /// A history record with its cursor before and after and every entry change.
    ///
    /// - Parameter record: The record.
    /// - Returns: Lines.
    public static func record(_ record: HistoryRecord) -> String {
        var lines = [
            "HistoryRecord(id=\(record.id) kind=\(record.kind.rawValue) "
                + "target=\(ValueSyntax.quote(record.target)) ok=\(record.succeeded) "
                + "undoable=\(record.isUndoable) cursor=\(record.cursorBefore)→\(record.cursorAfter))"
        ]
        if let error = record.error { lines.append("  " + diagnostic(error.diagnostic)) }
        for change in record.changes.flatMap(\.entryChanges) {
            lines.append("  \(change)")
        }
        return lines.joined(separator: "\n")
    }

    /// A diagnostic's fields on one line.
    ///
    /// - Parameter diagnostic: The diagnostic.
    /// - Returns: One line.
    public static func diagnostic(_ diagnostic: Diagnostic) -> String {
        var text = "Diagnostic(\(diagnostic.severity.rawValue) kind=\(diagnostic.kind.rawValue)"
        text += " message=\(ValueSyntax.quote(diagnostic.message))"
        if let location = diagnostic.location { text += " at=\(location.summary)" }
        if let hint = diagnostic.hint { text += " hint=\(ValueSyntax.quote(hint))" }
        return text + ")"
    }

    /// The debug form of a command's output: debug lines for entries, meteors and records,
    /// and indented JSON for everything else.
    ///
    /// - Parameter output: The output.
    /// - Returns: The text, or nil when there is nothing to print.
    public static func output(_ output: CommandOutput) -> String? {
        switch output {
        case .nothing: return nil
        case .value(let item): return entry(item)
        case .entries(let entries):
            return entries.isEmpty ? nil : entries.map(entry).joined(separator: "\n")
        case .meteor(let item): return meteor(item)
        case .history(let page):
            return page.records.isEmpty ? nil : page.records.map(record).joined(separator: "\n")
        default: return output.json.prettyPrinted()
        }
    }
}
