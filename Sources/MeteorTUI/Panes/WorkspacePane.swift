import MeteorKit

/// The workspace debug pane: the engine's workspace status, read afresh on every frame it is
/// shown.
///
/// Debug builds show ``MeteorEngine/workspaceStatus()`` (ordering, query cache, scratch slots,
/// tombstones) and, with the `WorkspaceInstrumentation` trait, the cache and iteration
/// counters. Release builds (opened with `--debug-pane`) show the counts the engine's public
/// API gives.
struct WorkspacePane {
    var engine: MeteorEngine
    var cursor: ListCursor

    /// The label/value rows.
    static func rows(_ engine: MeteorEngine) -> [(label: String, value: String)] {
        let history = engine.history
        var rows: [(String, String)] = [
            ("entries", "\(engine.entryCount.grouped)"),
            ("contexts", "\(engine.contexts.count.grouped)"),
        ]
        #if DEBUG
            let status = engine.workspaceStatus()
            rows += [
                ("namespaces", "\(status.namespaceCount.grouped)"),
                ("ordered keys", "\(status.orderedKeys.grouped)"),
                ("tombstones", "\(status.tombstones.grouped)"),
                ("cached queries", "\(status.cachedQueries.grouped)"),
                ("scratch slots", "\(status.scratchSlotCount.grouped)"),
            ]
        #else
            rows.append(("scratch slots", "\(engine.scratch.count.grouped)"))
        #endif
        rows += [
            ("generation", "\(engine.generation)"),
            ("cursor", engine.cursor.position),
            (
                "history",
                "\(history.count.grouped) records, \(history.undoableCount.grouped) undoable, "
                    + "\(history.redoableCount.grouped) redoable"
            ),
            ("profile", engine.limits.profile.rawValue),
        ]
        #if DEBUG && WorkspaceInstrumentation
            rows += [
                ("cache hits", "\(status.cacheHits)"),
                ("cache misses", "\(status.cacheMisses)"),
                ("hit ratio", percent(status.cacheHitRatio)),
                ("iterations", "\(status.iterations)"),
                ("keys iterated", "\(status.keysIterated)"),
            ]
        #elseif DEBUG
            rows.append(("counters", "build with --traits WorkspaceInstrumentation"))
        #else
            rows.append(("namespaces, cache", "shown in debug builds only"))
        #endif
        return rows
    }

    #if DEBUG && WorkspaceInstrumentation
        private static func percent(_ ratio: Double) -> String {
            "\(Int((ratio * 100).rounded()))%"
        }
    #endif

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        let rows = Self.rows(engine)
        let widest = rows.map { $0.label.count }.max() ?? 0
        let labelWidth = min(widest + 2, max(2, area.width / 2))
        for line in 0..<area.height {
            let index = cursor.scrollTop + line
            guard index < rows.count else { break }
            let y = area.y + line
            buffer.write(
                rows[index].label, column: area.x, row: y, role: .muted, maxWidth: labelWidth - 1)
            buffer.write(
                rows[index].value, column: area.x + labelWidth, row: y, role: .text,
                maxWidth: max(0, area.width - labelWidth))
        }
    }
}
