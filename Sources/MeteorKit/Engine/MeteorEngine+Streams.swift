/// Applying token and meteor streams (SPEC §5–6).
extension MeteorEngine {
    /// Applies a token stream: all or nothing, in stream order; `ns=` and `ctx=` move the
    /// cursor and the move persists.
    ///
    /// The stream's stores are library changes and are not recorded; each `ctl:` command is
    /// recorded as its own history record (see ``HistoryRecord/Origin/streamControl``). To
    /// record and undo the whole stream, use ``execute(_:)`` with
    /// ``EngineCommand/processTokenStream(_:)``.
    ///
    /// - Parameter tokenStream: The stream, e.g. `button=click; ns=ui; theme=dark`.
    /// - Returns: What was stored and deleted, warnings, and the cursor after.
    /// - Throws: The first error; then no data, cursor or history has changed.
    @discardableResult
    public func process(tokenStream: String) throws(MeteorError) -> StreamOutcome {
        let parsed = try TokenStreamParser(limits: parseLimits).parse(tokenStream)
        return try apply(parsed, recordingControls: true)
    }

    /// Applies a meteor stream: all or nothing, in stream order; the cursor does not move
    /// (only `ctl:reset=cursor` resets it).
    ///
    /// Recorded like ``process(tokenStream:)``.
    ///
    /// - Parameter meteorStream: The stream, e.g. `app:ui:a=1;b=2 :;: user:main:c=3`.
    /// - Returns: What was stored and deleted, warnings, and the cursor after.
    /// - Throws: The first error; then nothing has changed.
    @discardableResult
    public func process(meteorStream: String) throws(MeteorError) -> StreamOutcome {
        let parsed = try MeteorStreamParser(limits: parseLimits).parse(meteorStream)
        return try apply(parsed, recordingControls: true)
    }

    /// Applies a parsed stream in order, reverting everything if any step fails.
    ///
    /// - Parameters:
    ///   - parsed: The validated stream.
    ///   - recordingControls: Whether each `ctl:` command gets its own history record
    ///     (library calls); ``execute(_:)`` records the stream as one record instead.
    /// - Returns: What was stored and deleted, warnings, and the cursor after.
    /// - Throws: A strict-mode warning or the first failing step; nothing is changed then.
    func apply(_ parsed: ParsedStream, recordingControls: Bool) throws(MeteorError)
        -> StreamOutcome
    {
        if options.strict, let warning = parsed.warnings.first { throw MeteorError(warning) }
        let cursorBefore = cursor
        var controls: [(ControlCommand, Range<Int>, Cursor, Cursor)] = []
        let applied: ChangeLog
        do {
            (_, applied) = try recording { () throws(MeteorError) in
                for operation in parsed.operations {
                    switch operation {
                    case .store(let token):
                        let address = token.address(
                            cursorContext: cursor.context, cursorNamespace: cursor.namespace)
                        _ = try store(address, token.value)
                    case .setNamespace(let namespace):
                        _ = try check(namespace)
                        cursor.namespace = namespace
                    case .setContext(let context):
                        cursor.context = context
                    case .control(let command):
                        let first = self.log?.changes.count ?? 0
                        let before = cursor
                        run(command)
                        self.log?.controls.append(command)
                        let last = self.log?.changes.count ?? first
                        controls.append((command, first..<last, before, cursor))
                    }
                }
            }
        } catch {
            cursor = cursorBefore
            throw error
        }
        if recordingControls {
            for (command, range, before, after) in controls {
                let engineCommand: EngineCommand
                switch command {
                case .delete(let target): engineCommand = .delete(path: target.description)
                case .reset(let target): engineCommand = .reset(target)
                }
                let record = HistoryRecord(
                    id: takeRecordID(), timestamp: clock.now(), command: engineCommand,
                    origin: .streamControl, outcome: .success,
                    changes: Array(applied.changes[range]), cursorBefore: before, cursorAfter: after
                )
                history.append(record)
                if !record.changes.isEmpty {
                    onChange?(EngineChange(record: record, direction: .do))
                }
            }
        }
        return StreamOutcome(
            stored: applied.stored, deleted: applied.deleted, warnings: parsed.warnings,
            cursor: cursor)
    }

    /// Runs a `ctl:` command.
    func run(_ command: ControlCommand) {
        switch command {
        case .delete(let target): delete(target)
        case .reset(let target): reset(target)
        }
    }

    /// Resets the cursor, the data, or both.
    func reset(_ target: ResetTarget) {
        if target != .storage { cursor = .initial }
        if target != .cursor { removeAllEntries() }
    }

    /// Takes the next history record id.
    func takeRecordID() -> Int {
        defer { nextRecordID += 1 }
        return nextRecordID
    }
}
