/// Where bare `key=value` tokens are stored: a context and a namespace (SPEC §5, §9).
///
/// ```swift
/// var cursor = Cursor.initial        // app:main
/// cursor.namespace = .root
/// cursor.position                    // "app:"
/// ```
public struct Cursor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The context.
    public var context: Context
    /// The namespace; ``Namespace/root`` for the root.
    public var namespace: Namespace

    /// The cursor every engine starts with and resets to: `app:main`.
    public static let initial = Cursor()

    /// Creates a cursor.
    ///
    /// - Parameters:
    ///   - context: The context; `app` by default.
    ///   - namespace: The namespace; `main` by default.
    public init(context: Context = .app, namespace: Namespace = .main) {
        self.context = context
        self.namespace = namespace
    }

    /// The position text, `ctx:ns`, with the root namespace shown as `ctx:`.
    public var position: String { "\(context.name):\(namespace.name)" }

    /// The position text.
    public var description: String { position }
}
