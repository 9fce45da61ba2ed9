/// What a foreign import would do, and the engine commands that do it: the dry run.
public struct ForeignImportPlan: Sendable, Hashable {
    /// The change to one namespace.
    public struct NamespaceChange: Sendable, Hashable {
        /// The context.
        public var context: Context
        /// The namespace.
        public var namespace: Namespace
        /// The namespace's entries after the import, in order.
        public var result: [Entry]
        /// Keys added, changed and removed, compared with the namespace now.
        public var plan: ImportPlan
    }

    /// One change per namespace the file names, in the order the file first names them.
    public var namespaces: [NamespaceChange]
    /// The commands that apply the import: one ``EngineCommand/importEntries(_:replacing:)``,
    /// or none when the file holds no entries.
    public var commands: [EngineCommand]

    /// Whether the import would change nothing.
    public var isEmpty: Bool { namespaces.allSatisfy(\.plan.isEmpty) }

    /// The plan as lines people read: a `ctx:ns:` header per namespace, then its
    /// `+ key`, `~ key`, `- key` lines.
    public var summary: String {
        guard !namespaces.isEmpty else { return "no changes" }
        return namespaces.map { change in
            let lines = change.plan.summary.split(separator: "\n").map { "  \($0)" }
            return (["\(change.context.name):\(change.namespace.name):"] + lines)
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
