extension CommandOutput {
    /// The output as text for people, or nil when there is nothing to print.
    ///
    /// The text has no final line break.
    ///
    /// - Parameter style: Colours.
    /// - Returns: The text.
    public func text(style: TerminalStyle = .plain) -> String? {
        switch self {
        case .nothing: return nil
        case .value(let entry): return entry.value
        case .entries(let entries):
            return lines(entries.map { TextRendering.entry($0, style: style) })
        case .existence(_, let exists): return exists ? "true" : "false"
        case .contexts(let contexts): return lines(contexts.map(\.name))
        case .namespaces(_, let namespaces):
            return lines(namespaces.map(TextRendering.namespace))
        case .meteor(let meteor): return meteor.description
        case .document(let entries, let scratch):
            let bytes = DocumentCodec().encode(entries: entries, scratch: scratch)
            return String(decoding: bytes.dropLast(), as: UTF8.self)
        case .change(let report):
            if let entry = report.entry, report.command == "set" {
                let line = TextRendering.entry(entry, style: style)
                return report.dryRun ? "dry run: would set \(line)" : line
            }
            guard let changes = report.changes else { return report.summary }
            return lines([report.summary] + changes.map(\.description))
        case .validation(let report):
            var text =
                "valid \(report.streamKind) stream: \(report.operations) operation"
                + (report.operations == 1 ? "" : "s") + " (\(report.stores) stored)"
            if report.explain, !report.warnings.isEmpty {
                text += ", \(report.warnings.count) warning"
                text += report.warnings.count == 1 ? "" : "s"
            }
            return text
        case .tokens(let tokens): return tokenTable(tokens)
        case .history(let page):
            if page.records.isEmpty { return nil }
            return lines(
                page.records.map {
                    TextRendering.record($0, undone: page.undone.contains($0.id), style: style)
                })
        case .cursor(let cursor): return cursor.position
        case .scratchSlots(let notes): return lines(notes.map(TextRendering.scratch))
        case .scratchSlot(let note): return note.value
        case .config(let limits): return TextRendering.config(limits)
        case .export(let report):
            return lines(
                [
                    "exported \(report.namespace) to \(report.directory) "
                        + "(\(report.files.count) files)"
                ] + report.files.map { "  \($0)" } + report.notes)
        case .text(let text): return text
        }
    }

    private func lines(_ lines: [String]) -> String? {
        lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    private func tokenTable(_ tokens: [TokenReport]) -> String? {
        guard !tokens.isEmpty else { return nil }
        var rows = [["#", "kind", "key", "flat", "value"]]
        for token in tokens {
            if token.kind == "store" {
                rows.append([
                    "\(token.index)", token.kind, token.scope + (token.key ?? ""),
                    token.scope + (token.flatKey ?? ""),
                    ValueSyntax.serialize(token.value ?? ""),
                ])
            } else {
                rows.append(["\(token.index)", token.kind, token.scope, "", ""])
            }
        }
        return TextRendering.table(rows)
    }
}
