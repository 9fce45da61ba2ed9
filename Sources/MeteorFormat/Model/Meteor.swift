/// One context, one namespace and an ordered, non-empty list of key/value pairs (SPEC §1).
public struct Meteor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One key/value pair of a meteor.
    public struct Pair: Sendable, Hashable, Codable {
        /// The key.
        public var key: Key
        /// The value.
        public var value: String

        /// Creates a pair.
        ///
        /// - Parameters:
        ///   - key: The key.
        ///   - value: The value.
        public init(_ key: Key, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The context.
    public let context: Context
    /// The namespace.
    public let namespace: Namespace
    /// The pairs, in order; never empty.
    public let pairs: [Pair]

    /// Creates a meteor, or nil when `pairs` is empty.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    ///   - pairs: The pairs; must not be empty.
    public init?(context: Context, namespace: Namespace, pairs: [Pair]) {
        guard !pairs.isEmpty else { return nil }
        self.context = context
        self.namespace = namespace
        self.pairs = pairs
    }

    /// Decodes a meteor, keeping its promise of at least one pair.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: A decoding error when a part is invalid or `pairs` is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pairs = try container.decode([Pair].self, forKey: .pairs)
        guard !pairs.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .pairs, in: container, debugDescription: "a meteor needs at least one pair")
        }
        self.context = try container.decode(Context.self, forKey: .context)
        self.namespace = try container.decode(Namespace.self, forKey: .namespace)
        self.pairs = pairs
    }

    /// The entries of the meteor, in order.
    public var entries: [Entry] {
        pairs.map { Entry(Address(context, namespace, $0.key), $0.value) }
    }

    /// The meteor as meteor-stream text: `ctx:ns:k1=v1;k2=v2`.
    public var description: String { MeteorStreamSerializer.serialize([self]) }
}
