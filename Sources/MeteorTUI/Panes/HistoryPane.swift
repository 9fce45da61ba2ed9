import MeteorKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The history pane: one row per record, newest first, drawing only the rows on screen.
///
/// `✓ #12 14:03:22 set app:ui:theme` for a success, `✗` and the error for a failure,
/// and `↶` (dimmed) for a change that was undone.
struct HistoryPane {
    var engine: MeteorEngine
    var index: HistoryIndex
    var cursor: ListCursor
    var failedOnly: Bool
    var zone: TimeZone
    var focused: Bool
    /// The key that shows every record again, named when only failed ones are listed.
    var showAllKey: String?

    /// The pane title: the record count and the filter.
    static func title(_ engine: MeteorEngine, index: HistoryIndex, failedOnly: Bool) -> String {
        let total = engine.history.count
        guard failedOnly else { return "History (\(total.grouped))" }
        let failed = index.count(engine, failedOnly: true)
        return "History: failed only (\(failed.grouped) of \(total.grouped))"
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let history = engine.history
        let count = index.count(engine, failedOnly: failedOnly)
        if count == 0 {
            let text =
                failedOnly
                ? "(no failed commands" + (showAllKey.map { ": \($0) shows all" } ?? "") + ")"
                : "(no commands yet: edits appear here)"
            buffer.write(text, column: area.x, row: area.y, role: .muted, maxWidth: area.width)
            return
        }
        let idWidth = String(history.lastCommand?.id ?? 0).count + 1
        for line in 0..<area.height {
            let row = cursor.scrollTop + line
            guard let id = index.recordID(atRow: row, engine, failedOnly: failedOnly),
                let record = history.record(id: id)
            else { break }
            draw(
                record, history: history, idWidth: idWidth, row: area.y + line, in: area,
                into: &buffer)
            if row == cursor.selected {
                buffer.paint(
                    Rect(x: area.x, y: area.y + line, width: area.width, height: 1),
                    role: focused ? .selection : .inactiveSelection)
            }
        }
    }

    private func draw(
        _ record: HistoryRecord, history: History, idWidth: Int, row: Int, in area: Rect,
        into buffer: inout ScreenBuffer
    ) {
        let undone = record.isUndoable && !history.isApplied(record.id)
        let marker: String
        let markerRole: ThemeRole
        let role: ThemeRole
        if !record.succeeded {
            (marker, markerRole, role) = ("✗", .error, .error)
        } else if undone {
            (marker, markerRole, role) = ("↶", .muted, .muted)
        } else {
            (marker, markerRole, role) = ("✓", .success, .text)
        }
        var column = area.x
        func put(_ text: String, _ role: ThemeRole) {
            guard column < area.maxX else { return }
            column += buffer.write(
                text, column: column, row: row, role: role, maxWidth: area.maxX - column)
        }
        put(marker + " ", markerRole)
        let id = "#\(record.id)"
        put(id + String(repeating: " ", count: max(1, idWidth - id.count + 1)), .muted)
        put(ClockText.time(record.timestamp, in: zone) + " ", .muted)
        put(record.label, role)
        if let error = record.error {
            put(" — " + error.message, .error)
        } else if undone {
            put(" (undone)", .muted)
        }
    }
}
