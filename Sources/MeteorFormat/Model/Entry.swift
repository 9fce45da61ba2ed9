/// One stored entry: an address and its value.
public struct Entry: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the entry lives.
    public var address: Address
    /// The value.
    public var value: String

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - address: The address.
    ///   - value: The value.
    public init(_ address: Address, _ value: String) {
        self.address = address
        self.value = value
    }

    /// The context.
    public var context: Context { address.context }
    /// The namespace.
    public var namespace: Namespace { address.namespace }
    /// The key.
    public var key: Key { address.key }

    /// The entry as one document line, `ctx:ns:key=value`, with the value serialized (SPEC §11).
    public var description: String { "\(address)=\(ValueSyntax.serialize(value))" }
}
