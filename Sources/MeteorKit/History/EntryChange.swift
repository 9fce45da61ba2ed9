/// One entry's value before and after a command; nil means the entry did not exist.
public struct EntryChange: Sendable, Hashable, CustomStringConvertible {
    /// The entry's address.
    public var address: Address
    /// The value before; nil when the command created the entry.
    public var before: String?
    /// The value after; nil when the command removed the entry.
    public var after: String?

    /// Creates an entry change.
    ///
    /// - Parameters:
    ///   - address: The address.
    ///   - before: The value before, or nil.
    ///   - after: The value after, or nil.
    public init(address: Address, before: String?, after: String?) {
        self.address = address
        self.before = before
        self.after = after
    }

    /// `+ addr=v`, `- addr=v` or `~ addr: old → new`.
    public var description: String {
        switch (before, after) {
        case (nil, let after?): "+ \(address)=\(ValueSyntax.serialize(after))"
        case (let before?, nil): "- \(address)=\(ValueSyntax.serialize(before))"
        case (let before?, let after?):
            "~ \(address): \(ValueSyntax.serialize(before)) → \(ValueSyntax.serialize(after))"
        case (nil, nil): "  \(address)"
        }
    }
}
