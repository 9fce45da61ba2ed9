/// The canonical, unique address of one entry: `ctx:ns:key` (SPEC §1).
public struct Address: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The context.
    public var context: Context
    /// The namespace.
    public var namespace: Namespace
    /// The key.
    public var key: Key

    /// Creates an address from validated parts.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    ///   - key: The key.
    public init(_ context: Context, _ namespace: Namespace, _ key: Key) {
        self.context = context
        self.namespace = namespace
        self.key = key
    }

    /// Parses a key path (`ctx:ns:key`, `ctx::key`, `ctx:key` or `key`) per SPEC §7.
    ///
    /// - Parameters:
    ///   - path: The path text.
    ///   - limits: The limits to enforce.
    /// - Throws: Any path error, or ``DiagnosticKind/notFound``-free structural errors when the
    ///   path names a namespace or context rather than a key.
    public init(parsing path: String, limits: Limits = .active) throws(MeteorError) {
        let target = try MeteorPath.parse(path, limits: limits)
        guard case .key(let address) = target else {
            throw MeteorError(
                .invalidKey, "`\(path)` names \(target.noun), not a key",
                at: SourceLocation(column: 1, length: path.count, lineText: path),
                hint: "a key path looks like `app:ui:button`")
        }
        self = address
    }

    /// The canonical text, with the key in flat form: `app:ui:list__i_0`.
    public var canonical: String { "\(context.name):\(namespace.name):\(key.flat)" }

    /// The display text, with the key in bracket form: `app:ui:list[0]`.
    public var description: String { "\(context.name):\(namespace.name):\(key.bracket)" }
}
