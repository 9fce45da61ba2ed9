extension CommandOutput {
    /// The output in the stable JSON shape docs/cli.md documents for its command.
    public var json: JSONValue {
        switch self {
        case .nothing: .null
        case .value(let entry): JSONRendering.entry(entry)
        case .entries(let entries):
            .object([
                "count": .int(entries.count), "entries": .array(entries.map(JSONRendering.entry)),
            ])
        case .existence(let path, let exists):
            .object(["path": .string(path), "exists": .bool(exists)])
        case .contexts(let contexts):
            .object(["contexts": .array(contexts.map { .string($0.name) })])
        case .namespaces(let context, let namespaces):
            .object([
                "context": .string(context.name),
                "namespaces": .array(namespaces.map { .string($0.name) }),
            ])
        case .meteor(let meteor): JSONRendering.meteor(meteor)
        case .document(let entries, let scratch):
            .object([
                "entries": .array(entries.map(JSONRendering.entry)),
                "scratch": .array(scratch.map(JSONRendering.scratch)),
            ])
        case .change(let report): Self.change(report)
        case .validation(let report):
            .object([
                "valid": .bool(report.isValid),
                "stream": .string(report.streamKind),
                "operations": .int(report.operations),
                "stores": .int(report.stores),
                "warnings": .array(report.warnings.map(JSONRendering.diagnostic)),
            ])
        case .tokens(let tokens): .object(["tokens": .array(tokens.map(Self.token))])
        case .history(let page):
            .object([
                "total": .int(page.total),
                "page": .int(page.page),
                "pageSize": .int(page.pageSize),
                "records": .array(
                    page.records.map {
                        JSONRendering.record($0, undone: page.undone.contains($0.id))
                    }),
            ])
        case .cursor(let cursor): JSONRendering.cursor(cursor)
        case .scratchSlots(let notes): .object(["slots": .array(notes.map(JSONRendering.scratch))])
        case .scratchSlot(let note): JSONRendering.scratch(note)
        case .config(let limits): JSONRendering.config(limits)
        case .export(let report):
            .object([
                "namespace": .string(report.namespace),
                "directory": .string(report.directory),
                "files": .array(report.files.map(JSONValue.string)),
                "notes": .array(report.notes.map(JSONValue.string)),
            ])
        case .text(let text): .object(["text": .string(text)])
        }
    }

    private static func change(_ report: ChangeReport) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("command", .string(report.command)),
            .init("target", .string(report.target)),
            .init("record", report.record.map(JSONValue.int) ?? .null),
            .init("entry", report.entry.map(JSONRendering.entry) ?? .null),
            .init("stored", .int(report.stored)),
            .init("deleted", .int(report.deleted)),
            .init("cursor", .string(report.cursor.position)),
            .init("dryRun", .bool(report.dryRun)),
        ]
        // Only the dry runs that list their changes gain the member, so every other
        // command's shape stays exactly as documented.
        if let changes = report.changes {
            members.append(.init("changes", .array(changes.map(JSONRendering.entryChange))))
        }
        return .object(members)
    }

    private static func token(_ token: TokenReport) -> JSONValue {
        .object([
            "index": .int(token.index),
            "kind": .string(token.kind),
            "scope": .string(token.scope),
            "key": .optional(token.key),
            "flatKey": .optional(token.flatKey),
            "value": .optional(token.value),
        ])
    }
}
