/// A namespace's live keys as three parallel arrays (keys, values, stamps), the compact form
/// saved histories use for whole-namespace snapshots; tombstones are not kept.
extension NamespaceStore: Codable {
    private enum CodingKeys: String, CodingKey {
        case keys, values, stamps
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let keys = try container.decode([Key].self, forKey: .keys)
        let values = try container.decode([String].self, forKey: .values)
        let stamps = try container.decode([Int].self, forKey: .stamps)
        guard keys.count == values.count, keys.count == stamps.count,
            zip(stamps, stamps.dropFirst()).allSatisfy({ $0 < $1 })
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .stamps, in: container,
                debugDescription: "keys, values and increasing stamps must pair up")
        }
        self.init()
        for index in keys.indices {
            guard upsert(keys[index], values[index], newStamp: stamps[index]).before == nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .keys, in: container,
                    debugDescription: "key `\(keys[index])` appears twice")
            }
        }
    }

    func encode(to encoder: any Encoder) throws {
        let live = slots.filter(\.isLive)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(live.map(\.key), forKey: .keys)
        try container.encode(live.map(\.value), forKey: .values)
        try container.encode(live.map(\.stamp), forKey: .stamps)
    }

    /// The stamps of the live keys, in key order (increasing).
    var liveStamps: [Int] { slots.compactMap { $0.isLive ? $0.stamp : nil } }

    /// A copy with the same keys and values in the same order and each stamp mapped.
    ///
    /// - Parameter map: An increasing map that knows every live stamp.
    /// - Returns: The copy, without tombstones.
    func restamped(_ map: [Int: Int]) -> NamespaceStore {
        var copy = NamespaceStore()
        for slot in slots where slot.isLive {
            _ = copy.upsert(slot.key, slot.value, newStamp: map[slot.stamp] ?? slot.stamp)
        }
        return copy
    }
}
