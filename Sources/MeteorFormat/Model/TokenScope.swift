/// Where a token stores its value: the prefix it was written with (SPEC §5).
public enum TokenScope: Sendable, Hashable, Codable {
    /// `KEY=VALUE`: at the cursor (or, in a meteor stream, at the meteor's address).
    case cursor
    /// `NS:KEY=VALUE`: in the cursor's context, namespace NS.
    case namespace(Namespace)
    /// `CTX:NS:KEY=VALUE`: at that context and namespace.
    case address(Context, Namespace)
}
