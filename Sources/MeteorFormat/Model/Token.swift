/// `key=value`, with the address prefix it was written with (SPEC §1, §5).
public struct Token: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the value goes.
    public var scope: TokenScope
    /// The key.
    public var key: Key
    /// The value, unquoted and unescaped.
    public var value: String

    /// Creates a token.
    ///
    /// - Parameters:
    ///   - scope: The prefix scope; `.cursor` for a bare `key=value`.
    ///   - key: The key.
    ///   - value: The value.
    public init(scope: TokenScope = .cursor, key: Key, value: String) {
        self.scope = scope
        self.key = key
        self.value = value
    }

    /// The address the token stores at, given the cursor it applies under.
    ///
    /// - Parameters:
    ///   - context: The cursor context.
    ///   - namespace: The cursor namespace.
    /// - Returns: The resolved address.
    public func address(cursorContext context: Context, cursorNamespace namespace: Namespace)
        -> Address
    {
        switch scope {
        case .cursor: Address(context, namespace, key)
        case .namespace(let ns): Address(context, ns, key)
        case .address(let ctx, let ns): Address(ctx, ns, key)
        }
    }

    /// The token as stream text, such as `ui:button=click` or `msg="a; b"`.
    ///
    /// A token at the cursor whose key is spelled `ns` or `ctx` has no text of its own (it
    /// would read back as a cursor move; parsers never produce one); stream serializers
    /// write such keys with a prefix instead.
    public var description: String {
        let prefix: String
        switch scope {
        case .cursor: prefix = ""
        case .namespace(let ns): prefix = "\(ns.name):"
        case .address(let ctx, let ns): prefix = "\(ctx.name):\(ns.name):"
        }
        return "\(prefix)\(key.bracket)=\(ValueSyntax.serialize(value))"
    }
}
