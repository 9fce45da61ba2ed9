/// What an import would do to a namespace: the dry run (SPEC §11).
public struct ImportPlan: Sendable, Hashable {
    /// Keys the import adds, in the imported order.
    public var added: [Key]
    /// Keys whose value the import changes, in the imported order.
    public var changed: [Key]
    /// Keys the import removes, in the current order.
    public var removed: [Key]
    /// Whether the keys that stay would end up in another order.
    public var reordered: Bool

    /// Compares the entries an import brings with the namespace's current entries.
    ///
    /// - Parameters:
    ///   - incoming: The imported entries, in order.
    ///   - current: The namespace's entries now, in order.
    public init(incoming: [Entry], current: [Entry]) {
        var now: [Key: String] = [:]
        for entry in current { now[entry.key] = entry.value }
        let incomingKeys = Set(incoming.map(\.key))
        added = []
        changed = []
        for entry in incoming {
            guard let value = now[entry.key] else {
                added.append(entry.key)
                continue
            }
            if value != entry.value { changed.append(entry.key) }
        }
        removed = current.map(\.key).filter { !incomingKeys.contains($0) }
        let kept = current.map(\.key).filter { incomingKeys.contains($0) }
        let keptIncoming = incoming.map(\.key).filter { now[$0] != nil }
        reordered = kept != keptIncoming
    }

    /// Whether the import would change nothing.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && !reordered }

    /// The plan as lines people read: `+ key`, `~ key`, `- key`.
    public var summary: String {
        var lines = added.map { "+ \($0.bracket)" }
        lines += changed.map { "~ \($0.bracket)" }
        lines += removed.map { "- \($0.bracket)" }
        if reordered { lines.append("↕ order changes") }
        if lines.isEmpty { lines.append("no changes") }
        return lines.joined(separator: "\n")
    }
}
