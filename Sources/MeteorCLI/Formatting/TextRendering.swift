#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The text forms of Meteor's values, shared by the command line, the REPL and the TUI, so
/// an entry or a history record reads the same everywhere.
public enum TextRendering {
    /// An entry as a document line, `app:ui:list[0]="a b"`: the value quoted only when the
    /// bare form would not read back.
    ///
    /// - Parameters:
    ///   - entry: The entry.
    ///   - style: Colours.
    /// - Returns: One line.
    public static func entry(_ entry: Entry, style: TerminalStyle = .plain) -> String {
        "\(style.address(entry.address.description))=\(ValueSyntax.serialize(entry.value))"
    }

    /// A namespace name, with the root shown as `(root)`.
    ///
    /// - Parameter namespace: The namespace.
    /// - Returns: The name.
    public static func namespace(_ namespace: Namespace) -> String {
        namespace.isRoot ? "(root)" : namespace.name
    }

    /// A history record as one line: id, time, command, target and outcome, then one
    /// indented line per changed entry.
    ///
    /// - Parameters:
    ///   - record: The record.
    ///   - undone: Whether it is undone.
    ///   - style: Colours.
    /// - Returns: One or more lines.
    public static func record(
        _ record: HistoryRecord, undone: Bool, style: TerminalStyle = .plain
    ) -> String {
        var outcome = "ok"
        if let error = record.error {
            outcome = style.error("failed[\(error.kind.rawValue)]") + ": \(error.message)"
        } else if undone {
            outcome = "ok (undone)"
        }
        var lines = [
            "#\(record.id)  \(style.dim(timestamp(record.timestamp)))  "
                + "\(record.label)  \(outcome)"
        ]
        for change in record.changes.flatMap(\.entryChanges) {
            lines.append("    \(change)")
        }
        return lines.joined(separator: "\n")
    }

    /// A diagnostic with its caret line, the header coloured by severity.
    ///
    /// - Parameters:
    ///   - diagnostic: The diagnostic.
    ///   - style: Colours.
    /// - Returns: Multi-line text without a trailing newline.
    public static func diagnostic(_ diagnostic: Diagnostic, style: TerminalStyle = .plain)
        -> String
    {
        let text = diagnostic.rendered()
        guard style.enabled, let header = text.split(separator: "\n").first else { return text }
        let painted =
            diagnostic.severity == .error
            ? style.error(String(header)) : style.warning(String(header))
        return painted + text.dropFirst(header.count)
    }

    /// A failure as text: the diagnostic with its caret line, or a usage line and its hint.
    ///
    /// With `brief` (or a brief failure), only the header and the location.
    ///
    /// - Parameters:
    ///   - failure: The failure.
    ///   - brief: Whether to leave out the caret line and the hint.
    ///   - style: Colours.
    /// - Returns: Multi-line text without a trailing newline.
    public static func failure(
        _ failure: CommandFailure, brief: Bool = false, style: TerminalStyle = .plain
    ) -> String {
        if brief || failure.brief {
            var line = style.error("error[\(failure.kind)]") + ": \(failure.message)"
            if let location = failure.location { line += " (\(location.summary))" }
            return line
        }
        if let diagnostic = failure.diagnostic { return self.diagnostic(diagnostic, style: style) }
        var text = style.error("error[\(failure.kind)]") + ": \(failure.message)"
        if let hint = failure.hint { text += "\n  = hint: \(hint)" }
        return text
    }

    /// A scratch slot as `name=value`, the value quoted when needed.
    ///
    /// - Parameter note: The slot.
    /// - Returns: One line.
    public static func scratch(_ note: ScratchNote) -> String {
        "\(note.name)=\(ValueSyntax.serialize(note.value))"
    }

    /// The active profile and its limits as an aligned table.
    ///
    /// - Parameter limits: The limits.
    /// - Returns: Lines.
    public static func config(_ limits: Limits) -> String {
        var rows = [("profile", limits.profile.rawValue)]
        for limit in Limit.allCases {
            rows.append(("\(limit.rawValue)", "\(limits[limit])"))
        }
        return table(rows.map { [$0.0, $0.1] })
    }

    /// A UTC time as ISO 8601 with seconds, `2025-01-02T03:04:05Z`.
    ///
    /// - Parameter date: The time.
    /// - Returns: The text.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Rows of cells, each column padded to its widest cell (by display width), separated by
    /// two spaces; trailing spaces are trimmed.
    ///
    /// - Parameter rows: The rows.
    /// - Returns: The lines joined by line breaks.
    public static func table(_ rows: [[String]]) -> String {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                let width = DisplayWidth.of(cell)
                if column < widths.count {
                    widths[column] = max(widths[column], width)
                } else {
                    widths.append(width)
                }
            }
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 {
                    line += String(
                        repeating: " ", count: widths[column] - DisplayWidth.of(cell) + 2)
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
