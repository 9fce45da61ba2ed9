/// Asks, at a terminal, what to do with keys that a session and the file on disk both
/// changed: keep the file's values, the session's, choose for each, save the session's
/// result as another file, or leave it for later (nothing is lost then: the journal keeps
/// the session's changes).
struct ConflictPrompt {
    /// What the user chose.
    enum Answer: Equatable {
        /// Apply the plan with this resolution.
        case resolved(MergeResolution)
        /// Save the session's result to this file instead.
        case saveAs(String)
        /// Do nothing now.
        case later
    }

    /// Where answers come from.
    var reader: any LineReader
    /// Where the list goes.
    var sink: OutputSink
    /// The session as the messages name it: "that session" or "this session".
    var session: String

    /// Lists the conflicts and asks.
    ///
    /// - Parameter plan: The plan with conflicts.
    /// - Returns: The answer; the end of input means later.
    func ask(_ plan: MergePlan) -> Answer {
        let count = plan.conflicts.count
        sink.error(
            "\(count == 1 ? "1 key was" : "\(count) keys were") changed both in \(session) and "
                + "in the file on disk:\n")
        for conflict in plan.conflicts {
            sink.error(
                "  \(conflict.subject)\n    was \(Self.shown(conflict.base)); the file has "
                    + "\(Self.shown(conflict.theirs)); \(session) left "
                    + "\(Self.shown(conflict.ours))\n")
        }
        sink.error(
            "keep the file's values (t), \(session)'s (o), choose for each key (e),\n"
                + "save \(session)'s result as another file (a), or decide later (l)?\n")
        switch reader.readLine(prompt: "[t/o/e/a/L] ")?.lowercased() {
        case "t": return .resolved(.keepTheirs)
        case "o": return .resolved(.keepOurs)
        case "e": return each(plan.conflicts)
        case "a":
            let path = reader.readLine(prompt: "save as: ") ?? ""
            return path.isEmpty ? .later : .saveAs(path)
        default: return .later
        }
    }

    private func each(_ conflicts: [MergeConflict]) -> Answer {
        var choices: [MergeConflict.Subject: MergeChoice] = [:]
        for conflict in conflicts {
            while choices[conflict.subject] == nil {
                let prompt =
                    "\(conflict.subject): the file's \(Self.shown(conflict.theirs)) (t) or "
                    + "\(session)'s \(Self.shown(conflict.ours)) (o)? "
                switch reader.readLine(prompt: prompt)?.lowercased() {
                case "t": choices[conflict.subject] = .theirs
                case "o": choices[conflict.subject] = .ours
                case nil: return .later
                default: continue
                }
            }
        }
        return .resolved(MergeResolution(choices: choices))
    }

    /// A value as the list shows it: quoted and cut to 24 characters, or `(none)`.
    static func shown(_ value: String?) -> String {
        guard let value else { return "(none)" }
        let text = ValueSyntax.serialize(value)
        return text.count > 24 ? String(text.prefix(23)) + "…" : text
    }
}
