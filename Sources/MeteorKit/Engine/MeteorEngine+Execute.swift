/// The single entry point for front ends: every command is applied all or nothing and
/// leaves one history record (SPEC §9).
extension MeteorEngine {
    /// What one command produced besides its changes.
    struct Performed {
        var address: Address?
        var warnings: [Diagnostic] = []
    }

    /// Runs a command and records it in history, whether it succeeds or fails.
    ///
    /// A failing command changes nothing (data, cursor and scratch slots are as before) but
    /// still leaves a failed record. A successful command that changed data or scratch slots
    /// can be undone with ``undo()``, and ``onChange`` is told about it.
    ///
    /// ```swift
    /// let outcome = try engine.execute(.set(path: "app:ui:list[]", value: "a"))
    /// outcome.address   // app:ui:list[0]
    /// ```
    ///
    /// - Parameter command: The command.
    /// - Returns: What the command did.
    /// - Throws: The command's error, after recording it.
    @discardableResult
    public func execute(_ command: EngineCommand) throws(MeteorError) -> CommandOutcome {
        let cursorBefore = cursor
        let timestamp = clock.now()
        do {
            let (performed, applied) = try recording { () throws(MeteorError) in
                try perform(command)
            }
            let record = HistoryRecord(
                id: takeRecordID(), timestamp: timestamp, command: command, outcome: .success,
                changes: applied.changes, cursorBefore: cursorBefore, cursorAfter: cursor,
                warnings: performed.warnings, controlCommands: applied.controls)
            history.append(record)
            if !record.changes.isEmpty { onChange?(EngineChange(record: record, direction: .do)) }
            return CommandOutcome(
                recordID: record.id, address: performed.address, stored: applied.stored,
                deleted: applied.deleted, warnings: performed.warnings, cursor: cursor)
        } catch {
            cursor = cursorBefore
            history.append(
                HistoryRecord(
                    id: takeRecordID(), timestamp: timestamp, command: command,
                    outcome: .failure(error), cursorBefore: cursorBefore,
                    cursorAfter: cursorBefore))
            throw error
        }
    }

    /// Drops every history record.
    ///
    /// Undo and redo start over. Ids keep increasing.
    public func clearHistory() {
        history.removeAll()
    }

    /// Makes a command's changes inside the caller's recording (``execute(_:)``, dry runs).
    func perform(_ command: EngineCommand) throws(MeteorError) -> Performed {
        switch command {
        case .set(let path, let value):
            let stored = try store(Address(parsing: path, limits: parseLimits), value)
            return Performed(address: stored.address, warnings: stored.warning.map { [$0] } ?? [])
        case .setAddress(let address, let value):
            let stored = try store(address, value)
            return Performed(address: stored.address, warnings: stored.warning.map { [$0] } ?? [])
        case .delete(let path):
            let target = try MeteorPath.parse(path, limits: parseLimits)
            if delete(target) == 0 { throw EngineErrors.notFound(target) }
        case .clearNamespace(let context, let namespace):
            if removeNamespace(context, namespace) == 0 {
                throw EngineErrors.notFound(.namespace(context, namespace))
            }
        case .clearContext(let context):
            if removeContext(context) == 0 { throw EngineErrors.notFound(.context(context)) }
        case .reset(let target):
            reset(target)
        case .processTokenStream(let text):
            let parsed = try TokenStreamParser(limits: parseLimits).parse(text)
            return Performed(warnings: try apply(parsed, recordingControls: false).warnings)
        case .processMeteorStream(let text):
            let parsed = try MeteorStreamParser(limits: parseLimits).parse(text)
            return Performed(warnings: try apply(parsed, recordingControls: false).warnings)
        case .setCursor(let context, let namespace):
            let warning = try check(namespace)
            cursor = Cursor(context: context, namespace: namespace)
            return Performed(warnings: warning.map { [$0] } ?? [])
        case .importNamespace(let context, let namespace, let entries, let scratch):
            return try importNamespace(context, namespace, entries, scratch: scratch)
        case .importEntries(let lines, let replacing):
            return try importEntries(lines.entries, replacing: replacing)
        case .renameKey(let from, let to, let overwrite):
            return Performed(address: try renameKey(from, to: to, overwrite: overwrite))
        case .moveNamespace(
            let fromContext, let fromNamespace, let toContext, let toNamespace,
            let overwrite):
            return try transferNamespace(
                fromContext, fromNamespace, to: toContext, toNamespace, removingSource: true,
                overwrite: overwrite)
        case .copyNamespace(
            let fromContext, let fromNamespace, let toContext, let toNamespace,
            let overwrite):
            return try transferNamespace(
                fromContext, fromNamespace, to: toContext, toNamespace, removingSource: false,
                overwrite: overwrite)
        case .scratchSet(let name, let value):
            try checkScratch(name, value)
            changeScratch { $0.set(name, value) }
        case .scratchAppend(let name, let text):
            let value = (workspace.scratch.get(name) ?? "") + text
            try checkScratch(name, value)
            changeScratch { $0.set(name, value) }
        case .scratchRemove(let name):
            guard workspace.scratch.has(name) else { throw EngineErrors.noScratchSlot(name) }
            changeScratch { $0.remove(name) }
        case .scratchClearAll:
            if !workspace.scratch.isEmpty { changeScratch { $0.removeAll() } }
        }
        return Performed()
    }

    private func importNamespace(
        _ context: Context, _ namespace: Namespace, _ entries: [Entry],
        scratch: [String: String]?
    ) throws(MeteorError) -> Performed {
        var warnings: [Diagnostic] = []
        if let warning = try check(namespace) { warnings.append(warning) }
        let slots = (scratch ?? [:]).sorted { $0.key < $1.key }
        for (name, value) in slots { try checkScratch(name, value) }
        var staged = NamespaceStore()
        for entry in entries {
            var address = Address(context, namespace, entry.key)
            _ = try check(address, entry.value)
            if address.key.isAppend {
                address.key = try resolveAppend(address.key) { staged.nextIndex(for: $0) }
            }
            if staged.upsert(address.key, entry.value, newStamp: nextStamp).before == nil {
                nextStamp += 1
            }
        }
        let old = storage.namespace(context, namespace)
        try replaceNamespace(context, namespace, with: staged)
        log?.stored += staged.count
        log?.deleted += old.map { old in old.index.keys.count { staged.index[$0] == nil } } ?? 0
        if !slots.isEmpty {
            changeScratch { scratch in
                for (name, value) in slots { scratch.set(name, value) }
            }
        }
        return Performed(warnings: warnings)
    }

    private func importEntries(_ entries: [Entry], replacing: Bool) throws(MeteorError)
        -> Performed
    {
        if replacing {
            var emptied: Set<NamespaceID> = []
            for entry in entries
            where emptied.insert(NamespaceID(entry.context, entry.namespace)).inserted {
                removeNamespace(entry.context, entry.namespace)
            }
        }
        var warnings: [Diagnostic] = []
        for entry in entries {
            if let warning = try store(entry.address, entry.value).warning,
                !warnings.contains(warning)
            {
                warnings.append(warning)
            }
        }
        return Performed(warnings: warnings)
    }

    private func checkScratch(_ name: String, _ value: String) throws(MeteorError) {
        try ScratchSlots.validate(name: name, limits: limits)
        if value.utf8.count > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: value.utf8.count,
                what: "the value length of scratch slot `\(name)`")
        }
    }
}
