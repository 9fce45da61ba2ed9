/// The keys of one namespace in first-insertion order, with O(1) average set, get and delete.
///
/// A dictionary maps each key to its value and its slot number; the slot array holds keys and
/// values in order. The value is kept in both on purpose: a get reads only the dictionary, and
/// iteration reads only the slots (two references to one string, not two copies).
///
/// Deleting a key pops its slot when it is the last one, and otherwise leaves a tombstone.
/// Slot numbers are absolute (`base` plus the array index), so the usual pattern of deleting
/// the oldest keys first only advances a prefix that is dropped with one move of the array,
/// without renumbering anything. Tombstones elsewhere are compacted (renumbering the
/// dictionary) once they outnumber live keys. No operation scans the key list, and every
/// move or renumbering is paid for by the deletes that made it necessary.
///
/// The store is a copy-on-write value around one buffer object: copying it (for a history
/// snapshot or an iterator) costs one retain, and a change to a shared copy copies first.
struct NamespaceStore: Sendable {
    /// A key's value and its absolute slot number.
    struct Located: Sendable {
        var value: String
        var position: Int
    }

    /// The state, in one object so that reading a store out of the storage table costs one
    /// retain rather than one per collection.
    ///
    /// `@unchecked Sendable`: a buffer is only mutated through ``NamespaceStore``'s mutating
    /// methods, after `makeUnique()` made it uniquely referenced. Its properties opt out of
    /// dynamic exclusivity checks: every access goes through those methods, which never
    /// overlap two accesses to one property.
    private final class Buffer: @unchecked Sendable {
        @exclusivity(unchecked) var index: [Key: Located] = [:]
        @exclusivity(unchecked) var slots: [KeySlot] = []
        /// The absolute slot number of `slots[0]`.
        @exclusivity(unchecked) var base = 0
        /// Tombstones in `slots`.
        @exclusivity(unchecked) var tombstones = 0
        /// Tombstones at the start of `slots`, before the first live slot.
        @exclusivity(unchecked) var leading = 0
        @exclusivity(unchecked) var lists = NumericIndexTracker()
        @exclusivity(unchecked) var directories = DirectoryTracker()

        init() {}

        init(copying other: Buffer) {
            index = other.index
            slots = other.slots
            base = other.base
            tombstones = other.tombstones
            leading = other.leading
            lists = other.lists
            directories = other.directories
        }
    }

    private var buffer = Buffer()

    /// Reorganizing waits for at least this many tombstones, so small namespaces never churn.
    private static let compactionFloor = 32

    /// Creates an empty store.
    init() {}

    /// Keys and values in insertion order, with tombstones.
    var slots: [KeySlot] { buffer.slots }

    /// Key → value and absolute slot number.
    var index: [Key: Located] { buffer.index }

    /// Tombstones in ``slots``.
    var tombstones: Int { buffer.tombstones }

    /// Dotted key prefixes, for `isDirectory`.
    var directories: DirectoryTracker { buffer.directories }

    /// The number of keys.
    var count: Int { buffer.index.count }

    /// Whether the namespace has no keys.
    var isEmpty: Bool { buffer.index.isEmpty }

    /// The value of a key.
    func value(for key: Key) -> String? {
        buffer.index[key]?.value
    }

    /// The stamp of a live key.
    func stamp(of key: Key) -> Int? {
        buffer.index[key].map { buffer.slots[$0.position - buffer.base].stamp }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&buffer) { buffer = Buffer(copying: buffer) }
    }

    /// Makes room for `count` more keys at once, so a bulk load does not grow the tables
    /// step by step.
    mutating func reserveCapacity(forAdding count: Int) {
        makeUnique()
        buffer.index.reserveCapacity(buffer.index.count + count)
        buffer.slots.reserveCapacity(buffer.slots.count + count)
    }

    /// Sets a key's value.
    ///
    /// An existing key keeps its place; a new key goes last with `newStamp`.
    ///
    /// - Returns: The value before (nil when the key is new) and the key's stamp.
    mutating func upsert(_ key: Key, _ value: String, newStamp: Int) -> (
        before: String?, stamp: Int
    ) {
        makeUnique()
        let buffer = self.buffer
        let end = buffer.base + buffer.slots.count
        let (existing, old) = Self.claim(
            &buffer.index[key, default: Located(value: value, position: -1)], value, end)
        if existing >= 0 {
            let offset = existing - buffer.base
            buffer.slots[offset].value = value
            return (old, buffer.slots[offset].stamp)
        }
        buffer.slots.append(KeySlot(key: key, value: value, stamp: newStamp))
        track(key)
        return (nil, newStamp)
    }

    /// Sets the value of a dictionary entry; a new entry (position -1) gets position `end`.
    ///
    /// - Returns: The entry's position before (-1 when new) and its old value.
    @inline(__always)
    private static func claim(_ located: inout Located, _ value: String, _ end: Int) -> (
        Int, String
    ) {
        let position = located.position
        if position < 0 {
            located.position = end
            return (-1, value)
        }
        var old = value
        swap(&old, &located.value)
        return (position, old)
    }

    /// Removes a key.
    ///
    /// - Returns: Its value and stamp, or nil when it was absent.
    mutating func remove(_ key: Key) -> (value: String, stamp: Int)? {
        makeUnique()
        let buffer = self.buffer
        guard let located = buffer.index.removeValue(forKey: key) else { return nil }
        let offset = located.position - buffer.base
        let stamp = buffer.slots[offset].stamp
        untrack(key)
        if buffer.index.isEmpty {
            buffer.slots.removeAll()
            buffer.base = 0
            buffer.tombstones = 0
            buffer.leading = 0
        } else if offset == buffer.slots.count - 1 {
            buffer.slots.removeLast()
            while let last = buffer.slots.last, !last.isLive {
                buffer.slots.removeLast()
                buffer.tombstones -= 1
            }
        } else {
            buffer.slots[offset].bury()
            buffer.tombstones += 1
            if offset == buffer.leading {
                while !buffer.slots[buffer.leading].isLive { buffer.leading += 1 }
            }
            if buffer.tombstones >= Self.compactionFloor, buffer.tombstones > buffer.index.count {
                reorganize()
            }
        }
        return (located.value, stamp)
    }

    /// Puts a key back exactly: with `value`, at the place `stamp` gives it among the other keys.
    ///
    /// Undo and redo use this to restore order as well as data.
    ///
    /// A tombstone with that stamp is revived in O(log n); when reorganizing already dropped
    /// it, the key is inserted in the middle in O(n).
    mutating func place(_ key: Key, _ value: String, stamp: Int) {
        makeUnique()
        if let position = buffer.index[key]?.position {
            let offset = position - buffer.base
            if buffer.slots[offset].stamp == stamp {
                buffer.slots[offset].value = value
                buffer.index[key]?.value = value
                return
            }
            _ = remove(key)
        }
        let buffer = self.buffer
        let offset = insertionPoint(for: stamp)
        if offset == buffer.slots.count {
            buffer.index[key] = Located(value: value, position: buffer.base + offset)
            buffer.slots.append(KeySlot(key: key, value: value, stamp: stamp))
        } else if buffer.slots[offset].stamp == stamp, !buffer.slots[offset].isLive {
            buffer.slots[offset].revive(key: key, value: value)
            buffer.tombstones -= 1
            buffer.index[key] = Located(value: value, position: buffer.base + offset)
        } else {
            buffer.slots.insert(KeySlot(key: key, value: value, stamp: stamp), at: offset)
            buffer.index[key] = Located(value: value, position: buffer.base + offset)
            for later in (offset + 1)..<buffer.slots.count where buffer.slots[later].isLive {
                buffer.index[buffer.slots[later].key]?.position = buffer.base + later
            }
        }
        buffer.leading = min(buffer.leading, offset)
        track(key)
    }

    /// Gives the live keys new stamps, in key order, as a restored history recorded them.
    ///
    /// Only a store without tombstones (a freshly loaded one) can be restamped.
    ///
    /// - Parameter stamps: One strictly increasing stamp per key.
    /// - Returns: False, with nothing changed, when the count, the order or the store
    ///   does not fit.
    mutating func restamp(_ stamps: [Int]) -> Bool {
        guard buffer.tombstones == 0, stamps.count == buffer.slots.count,
            zip(stamps, stamps.dropFirst()).allSatisfy({ $0 < $1 })
        else { return false }
        makeUnique()
        for (offset, stamp) in stamps.enumerated() { buffer.slots[offset].restamp(stamp) }
        return true
    }

    /// Renames a key in place, keeping its value and position.
    ///
    /// - Returns: False when `old` is absent or `new` is taken.
    mutating func rename(_ old: Key, to new: Key) -> Bool {
        guard buffer.index[new] == nil, buffer.index[old] != nil else { return false }
        makeUnique()
        let buffer = self.buffer
        guard let located = buffer.index.removeValue(forKey: old) else { return false }
        untrack(old)
        buffer.slots[located.position - buffer.base].key = new
        buffer.index[new] = located
        track(new)
        return true
    }

    /// The index `base[]` resolves to in this namespace.
    mutating func nextIndex(for base: Substring) -> Int? {
        makeUnique()
        return buffer.lists.nextIndex(for: base)
    }

    /// The first slot whose stamp is at least `stamp`.
    private func insertionPoint(for stamp: Int) -> Int {
        let slots = buffer.slots
        if let last = slots.last, last.stamp < stamp { return slots.count }
        var low = 0
        var high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[middle].stamp < stamp { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Drops tombstones.
    ///
    /// When they all lead the array (oldest keys deleted first) the prefix is cut off and `base`
    /// advances, so no slot number changes; otherwise live slots are packed and renumbered, O(live
    /// keys).
    private mutating func reorganize() {
        let buffer = self.buffer
        if buffer.leading == buffer.tombstones {
            buffer.slots.removeFirst(buffer.leading)
            buffer.base += buffer.leading
        } else {
            var kept: [KeySlot] = []
            kept.reserveCapacity(buffer.index.count)
            for slot in buffer.slots where slot.isLive {
                buffer.index[slot.key]?.position = buffer.base + kept.count
                kept.append(slot)
            }
            buffer.slots = kept
        }
        buffer.tombstones = 0
        buffer.leading = 0
    }

    private mutating func track(_ key: Key) {
        buffer.lists.insert(key)
        buffer.directories.insert(key)
    }

    private mutating func untrack(_ key: Key) {
        buffer.lists.remove(key)
        buffer.directories.remove(key)
    }
}
