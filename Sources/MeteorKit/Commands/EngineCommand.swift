/// A mutation issued by a front end through ``MeteorEngine/execute(_:)`` (SPEC §9).
///
/// Every command, whether it succeeds or fails, leaves one ``HistoryRecord``; the ones that
/// change data or scratch slots can be undone.
///
/// ```swift
/// try engine.execute(.set(path: "app:ui:theme", value: "dark"))
/// try engine.execute(.processTokenStream("ns=ui; size=large"))
/// try engine.execute(.copyNamespace(from: .app, ui, to: user, ui))
/// ```
public enum EngineCommand: Sendable, Hashable, Codable {
    /// Sets the value at a key path (SPEC §7); `list[]` appends.
    case set(path: String, value: String)
    /// Sets the value at an address; `list[]` appends.
    case setAddress(Address, value: String)
    /// Deletes what a path names: a key, a namespace (`ctx:ns:`) or a context (`ctx::`).
    case delete(path: String)
    /// Removes every key of a namespace.
    case clearNamespace(Context, Namespace)
    /// Removes every namespace of a context.
    case clearContext(Context)
    /// Resets the cursor, the storage or both.
    case reset(ResetTarget)
    /// Applies a token stream (SPEC §5), all or nothing; one record, one undo.
    case processTokenStream(String)
    /// Applies a meteor stream (SPEC §6), all or nothing; one record, one undo.
    case processMeteorStream(String)
    /// Moves the cursor.
    case setCursor(Context, Namespace)
    /// Replaces a namespace's content with `entries`, in order, as one record (one undo).
    ///
    /// Only each entry's key and value are used. When `scratch` is given, those slots are
    /// set (in name order) as part of the same record; other slots are kept.
    case importNamespace(
        Context, Namespace, entries: [Entry], scratch: [String: String]? = nil)
    /// Imports entries read from a foreign file (JSON, `.env`) as one record (one undo):
    /// with `replacing`, every namespace the entries name is emptied first; then each entry
    /// is set in order (an existing key keeps its place, a new one goes to the end of its
    /// namespace).
    ///
    /// Unlike a meteor stream of the same data, keys spelled like stream words (`ns`,
    /// `ctx`) need no quoting, and no stream limit applies.
    case importEntries(EntryLines, replacing: Bool)
    /// Renames a key within its namespace, keeping its value and its position.
    ///
    /// When the new key exists, the command fails with ``DiagnosticKind/targetExists`` unless
    /// `overwrite` is set; then that key is removed first.
    case renameKey(from: Address, to: Key, overwrite: Bool = false)
    /// Moves every key of a namespace, in order, to another namespace, possibly in another
    /// context; the source namespace is gone afterwards.
    ///
    /// A target that holds data is merged into: its keys stay where they are and the moved
    /// keys follow them. A key present in both fails with ``DiagnosticKind/targetExists``
    /// unless `overwrite` is set; then it takes the moved value and keeps its place.
    case moveNamespace(from: Context, Namespace, to: Context, Namespace, overwrite: Bool = false)
    /// Copies every key of a namespace, in order, to another namespace, possibly in another
    /// context; the same merge rules as ``moveNamespace(from:_:to:_:overwrite:)`` apply.
    case copyNamespace(from: Context, Namespace, to: Context, Namespace, overwrite: Bool = false)
    /// Sets a scratch slot.
    case scratchSet(name: String, value: String)
    /// Appends text to a scratch slot, creating it when absent.
    case scratchAppend(name: String, text: String)
    /// Removes a scratch slot.
    case scratchRemove(name: String)
    /// Removes every scratch slot.
    case scratchClearAll

    /// The command's kind, for filtering and display.
    public var kind: EngineCommandKind {
        switch self {
        case .set: .set
        case .setAddress: .setAddress
        case .delete: .delete
        case .clearNamespace: .clearNamespace
        case .clearContext: .clearContext
        case .reset: .reset
        case .processTokenStream: .processTokenStream
        case .processMeteorStream: .processMeteorStream
        case .setCursor: .setCursor
        case .importNamespace: .importNamespace
        case .importEntries: .importEntries
        case .renameKey: .renameKey
        case .moveNamespace: .moveNamespace
        case .copyNamespace: .copyNamespace
        case .scratchSet: .scratchSet
        case .scratchAppend: .scratchAppend
        case .scratchRemove: .scratchRemove
        case .scratchClearAll: .scratchClearAll
        }
    }

    /// What the command acts on, as short text for history listings: a path, a position, a
    /// slot name, or the start of a stream.
    public var target: String {
        switch self {
        case .set(let path, _), .delete(let path): path
        case .setAddress(let address, _): address.description
        case .clearNamespace(let context, let namespace),
            .importNamespace(let context, let namespace, _, _):
            "\(context.name):\(namespace.name):"
        case .importEntries(let lines, _):
            Self.excerpt(
                Self.namespaces(of: lines.entries).map { "\($0.0.name):\($0.1.name):" }
                    .joined(separator: ", "))
        case .setCursor(let context, let namespace): "\(context.name):\(namespace.name)"
        case .clearContext(let context): "\(context.name)::"
        case .reset(let target): target.rawValue
        case .processTokenStream(let text), .processMeteorStream(let text):
            Self.excerpt(text)
        case .renameKey(let from, let to, let overwrite):
            "\(from) → \(from.context.name):\(from.namespace.name):\(to.bracket)"
                + (overwrite ? " (overwrite)" : "")
        case .moveNamespace(
            let fromContext, let fromNamespace, let toContext, let toNamespace, let overwrite),
            .copyNamespace(
                let fromContext, let fromNamespace, let toContext, let toNamespace, let overwrite):
            "\(fromContext.name):\(fromNamespace.name): → \(toContext.name):\(toNamespace.name):"
                + (overwrite ? " (overwrite)" : "")
        case .scratchSet(let name, _), .scratchAppend(let name, _), .scratchRemove(let name):
            name
        case .scratchClearAll: "*"
        }
    }

    /// The namespaces entries belong to, in the order of their first entry.
    private static func namespaces(of entries: [Entry]) -> [(Context, Namespace)] {
        var seen: Set<NamespaceID> = []
        var result: [(Context, Namespace)] = []
        for entry in entries where seen.insert(NamespaceID(entry.context, entry.namespace)).inserted
        {
            result.append((entry.context, entry.namespace))
        }
        return result
    }

    /// The first line of a stream, cut to 60 characters.
    private static func excerpt(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        let cut = line.prefix(60)
        return cut.count < text.count ? "\(cut)…" : String(cut)
    }
}
