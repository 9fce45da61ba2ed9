/// A change as a saved history holds it: `{"case": …}` plus the case's fields. Snapshots of
/// contexts and of the whole storage are lists of namespaces.
extension Change: Codable {
    private enum CodingKeys: String, CodingKey {
        case `case`, address, before, after, stamp, context, namespace, from, to, value
    }

    private enum Case: String, Codable {
        case entry, rename, namespace, context, storage, scratch
    }

    /// One namespace of a context or storage snapshot.
    private struct Part: Codable {
        var context: Context?
        var namespace: Namespace
        var keys: NamespaceStore
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Case.self, forKey: .case) {
        case .entry:
            self = .entry(
                try container.decode(Address.self, forKey: .address),
                before: try container.decodeIfPresent(String.self, forKey: .before),
                after: try container.decodeIfPresent(String.self, forKey: .after),
                stamp: try container.decode(Int.self, forKey: .stamp))
        case .rename:
            self = .rename(
                try container.decode(Context.self, forKey: .context),
                try container.decode(Namespace.self, forKey: .namespace),
                from: try container.decode(Key.self, forKey: .from),
                to: try container.decode(Key.self, forKey: .to),
                value: try container.decode(String.self, forKey: .value))
        case .namespace:
            self = .namespace(
                try container.decode(Context.self, forKey: .context),
                try container.decode(Namespace.self, forKey: .namespace),
                before: try container.decodeIfPresent(NamespaceStore.self, forKey: .before),
                after: try container.decodeIfPresent(NamespaceStore.self, forKey: .after))
        case .context:
            let parts = { (key: CodingKeys) throws -> Storage.ContextSnapshot? in
                try container.decodeIfPresent([Part].self, forKey: key).map { parts in
                    Storage.ContextSnapshot(
                        parts.map { ($0.namespace, $0.keys) }, uniquingKeysWith: { $1 })
                }
            }
            self = .context(
                try container.decode(Context.self, forKey: .context),
                before: try parts(.before), after: try parts(.after))
        case .storage:
            let storage = { (key: CodingKeys) throws -> Storage in
                var storage = Storage()
                for part in try container.decode([Part].self, forKey: key) {
                    guard let context = part.context else {
                        throw DecodingError.dataCorruptedError(
                            forKey: key, in: container,
                            debugDescription: "a storage snapshot names each context")
                    }
                    storage.replace(context, part.namespace, with: part.keys)
                }
                return storage
            }
            self = .storage(before: try storage(.before), after: try storage(.after))
        case .scratch:
            self = .scratch(
                before: try container.decode(ScratchSlots.self, forKey: .before),
                after: try container.decode(ScratchSlots.self, forKey: .after))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .entry(let address, let before, let after, let stamp):
            try container.encode(Case.entry, forKey: .case)
            try container.encode(address, forKey: .address)
            try container.encodeIfPresent(before, forKey: .before)
            try container.encodeIfPresent(after, forKey: .after)
            try container.encode(stamp, forKey: .stamp)
        case .rename(let context, let namespace, let from, let to, let value):
            try container.encode(Case.rename, forKey: .case)
            try container.encode(context, forKey: .context)
            try container.encode(namespace, forKey: .namespace)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(value, forKey: .value)
        case .namespace(let context, let namespace, let before, let after):
            try container.encode(Case.namespace, forKey: .case)
            try container.encode(context, forKey: .context)
            try container.encode(namespace, forKey: .namespace)
            try container.encodeIfPresent(before, forKey: .before)
            try container.encodeIfPresent(after, forKey: .after)
        case .context(let context, let before, let after):
            try container.encode(Case.context, forKey: .case)
            try container.encode(context, forKey: .context)
            try container.encodeIfPresent(before.map(Self.parts), forKey: .before)
            try container.encodeIfPresent(after.map(Self.parts), forKey: .after)
        case .storage(let before, let after):
            try container.encode(Case.storage, forKey: .case)
            try container.encode(Self.parts(before), forKey: .before)
            try container.encode(Self.parts(after), forKey: .after)
        case .scratch(let before, let after):
            try container.encode(Case.scratch, forKey: .case)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
        }
    }

    private static func parts(_ snapshot: Storage.ContextSnapshot) -> [Part] {
        snapshot.sorted { $0.key < $1.key }.map { Part(namespace: $0.key, keys: $0.value) }
    }

    private static func parts(_ storage: Storage) -> [Part] {
        storage.namespaces.sorted {
            ($0.key.context, $0.key.namespace) < ($1.key.context, $1.key.namespace)
        }
        .map { Part(context: $0.key.context, namespace: $0.key.namespace, keys: $0.value) }
    }
}
