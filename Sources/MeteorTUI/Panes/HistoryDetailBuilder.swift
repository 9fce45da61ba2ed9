import MeteorKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Builds the lines of the history detail view: what ran, when, whether it worked, and the
/// before and after of every change, in the diff style of the edit confirmation.
enum HistoryDetailBuilder {
    /// The most lines kept; a reset of a huge store says how many more there were.
    static let lineLimit = 5_000

    /// The detail of a record.
    ///
    /// - Parameters:
    ///   - record: The record.
    ///   - history: The history, to tell whether the record is undone.
    ///   - zone: The zone of the timestamp.
    ///   - redoKey: The key that redoes, named when the record is undone.
    /// - Returns: The detail view.
    static func detail(
        for record: HistoryRecord, in history: History, zone: TimeZone, redoKey: String?
    ) -> HistoryDetail {
        var lines: [StyledLine] = []
        lines.append(StyledLine("command   \(record.label)", .title))
        if let argument = argument(of: record.command) {
            lines.append(StyledLine("value     \(argument)", .value))
        }
        lines.append(StyledLine("time      \(ClockText.dateTime(record.timestamp, in: zone))"))
        if let error = record.error {
            lines.append(StyledLine("outcome   failed: nothing was changed", .error))
            for line in error.diagnostic.rendered().split(separator: "\n") {
                lines.append(StyledLine("  " + line, .error))
            }
        } else if record.changes.isEmpty {
            lines.append(StyledLine("outcome   ok, no data changed", .success))
        } else if history.isUndone(record.id) {
            let redo = redoKey.map { " (\($0) redoes it)" } ?? ""
            lines.append(StyledLine("outcome   ok, then undone\(redo)", .warning))
        } else if record.isUndoable, !history.isApplied(record.id) {
            lines.append(
                StyledLine("outcome   ok, then undone (a newer change ended redo)", .warning))
        } else {
            lines.append(StyledLine("outcome   ok", .success))
        }
        if record.origin == .streamControl {
            lines.append(
                StyledLine("origin    a ctl: command inside a stream (not undoable)", .muted))
        }
        if record.cursorBefore != record.cursorAfter {
            lines.append(StyledLine("cursor    \(record.cursorBefore) → \(record.cursorAfter)"))
        }
        for warning in record.warnings {
            lines.append(StyledLine("warning   \(warning.message)", .warning))
        }
        if !record.changes.isEmpty { lines.append(StyledLine("")) }
        appendChanges(of: record, to: &lines)
        let title = "#\(record.id) \(record.label)"
        return HistoryDetail(recordID: record.id, title: title, lines: lines)
    }

    /// The value a command carried, shortened: failed commands have no changes to show, so
    /// this is the only place their input appears.
    static func argument(of command: EngineCommand) -> String? {
        switch command {
        case .set(_, let value), .setAddress(_, let value), .scratchSet(_, let value),
            .scratchAppend(_, let value):
            let firstLine = value.prefix { $0 != "\n" }
            let shown = firstLine.prefix(60)
            let bytes = value.utf8.count
            let cut = shown.count < value.count
            return "\(shown)\(cut ? "…" : "") (\(bytes.grouped) byte\(bytes == 1 ? "" : "s"))"
        default:
            return nil
        }
    }

    private static func appendChanges(of record: HistoryRecord, to lines: inout [StyledLine]) {
        var hidden = 0
        for change in record.changes {
            if let (before, after) = change.scratch {
                for name in before.list + after.list.filter({ !before.has($0) }) {
                    let old = before.get(name)
                    let new = after.get(name)
                    guard old != new else { continue }
                    append(
                        "scratch note \(name)", before: old, after: new, to: &lines,
                        hidden: &hidden)
                }
                continue
            }
            for entry in change.entryChanges {
                append(
                    entry.address.description, before: entry.before, after: entry.after,
                    to: &lines, hidden: &hidden)
            }
        }
        if hidden > 0 {
            lines.append(StyledLine("… \(hidden) more changed entries not shown", .muted))
        }
    }

    private static func append(
        _ what: String, before: String?, after: String?, to lines: inout [StyledLine],
        hidden: inout Int
    ) {
        guard lines.count < lineLimit else {
            hidden += 1
            return
        }
        switch (before, after) {
        case (nil, _?): lines.append(StyledLine("added \(what)", .title))
        case (_?, nil): lines.append(StyledLine("removed \(what)", .title))
        default: lines.append(StyledLine("changed \(what)", .title))
        }
        if let before {
            for line in Overlays.diffLines(before, prefix: "- ", role: .diffRemoved) {
                lines.append(StyledLine(line.text, line.role))
            }
        }
        if let after {
            for line in Overlays.diffLines(after, prefix: "+ ", role: .diffAdded) {
                lines.append(StyledLine(line.text, line.role))
            }
        }
    }
}
