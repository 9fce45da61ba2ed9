import MeteorFormat

/// A tiny reference model of how the engine applies parsed operations (SPEC §5, §9), so the
/// stream tables of the spec can be checked end to end: start cursor, stream, resulting
/// entries and cursor.
struct ReferenceStore {
    /// The entries as `ctx:ns:key=value` lines (bracket key, raw value), in insertion order.
    private(set) var entries: [(address: Address, value: String)] = []
    /// The cursor context.
    var context: Context = .app
    /// The cursor namespace.
    var namespace: Namespace = .main

    /// The cursor as `ctx:ns`.
    var cursor: String { "\(context.name):\(namespace.name)" }

    /// The entries as `ctx:ns:key=value`, with the key in bracket form and the raw value.
    var lines: [String] { entries.map { "\($0.address)=\($0.value)" } }

    /// Creates a store with its cursor at `cursor` (`ctx:ns`).
    ///
    /// - Parameter cursor: The start cursor.
    /// - Throws: A ``MeteorError`` when the cursor names an invalid context or namespace.
    init(cursor: String = "app:main") throws {
        let parts = cursor.split(separator: ":", omittingEmptySubsequences: false)
        context = try Context(validating: String(parts[0]))
        namespace = try Namespace(validating: String(parts[1]))
    }

    /// Applies every operation in order, as the engine does.
    ///
    /// - Parameter parsed: A parsed stream.
    mutating func apply(_ parsed: ParsedStream) {
        for operation in parsed.operations {
            switch operation {
            case .store(let token):
                set(token.address(cursorContext: context, cursorNamespace: namespace), token.value)
            case .setNamespace(let ns): namespace = ns
            case .setContext(let ctx): context = ctx
            case .control(.delete(let target)):
                entries.removeAll { entry in
                    switch target {
                    case .key(let address): entry.address == address
                    case .namespace(let ctx, let ns):
                        entry.address.context == ctx && entry.address.namespace == ns
                    case .context(let ctx): entry.address.context == ctx
                    }
                }
            case .control(.reset(let target)):
                if target != .storage {
                    context = .app
                    namespace = .main
                }
                if target != .cursor { entries.removeAll() }
            }
        }
    }

    /// Stores a value; an update keeps the entry's position.
    ///
    /// - Parameters:
    ///   - address: The address.
    ///   - value: The value.
    mutating func set(_ address: Address, _ value: String) {
        if let index = entries.firstIndex(where: { $0.address == address }) {
            entries[index].value = value
        } else {
            entries.append((address, value))
        }
    }

    /// The entries as ``Entry`` values.
    var entryValues: [Entry] { entries.map { Entry($0.address, $0.value) } }
}
