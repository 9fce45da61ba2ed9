/// One position in a namespace's key order: a live entry, or the tombstone a delete leaves.
///
/// A slot's stamp is its place in first-insertion order. Stamps come from one engine-wide
/// counter, so they stay comparable after compaction, after a namespace is removed and
/// restored, and across undo and redo.
struct KeySlot: Sendable {
    /// The key.
    var key: Key
    /// The value; empty in a tombstone so the text is freed.
    var value: String
    /// The stamp, stored as `~stamp` (negative) in a tombstone.
    ///
    /// Folding the flag into one field keeps a slot at 40 bytes.
    private var mark: Int

    /// Creates a live slot.
    init(key: Key, value: String, stamp: Int) {
        self.key = key
        self.value = value
        self.mark = stamp
    }

    /// The insertion stamp, live or not.
    var stamp: Int { mark >= 0 ? mark : ~mark }

    /// Whether the slot holds an entry.
    var isLive: Bool { mark >= 0 }

    /// Turns the slot into a tombstone, releasing the value.
    mutating func bury() {
        value = ""
        mark = ~stamp
    }

    /// Brings a tombstone back with a new key and value, keeping its stamp.
    mutating func revive(key: Key, value: String) {
        self.key = key
        self.value = value
        mark = stamp
    }

    /// Gives the slot another stamp, live or not; restoring a saved history uses it.
    mutating func restamp(_ stamp: Int) {
        mark = isLive ? stamp : ~stamp
    }
}
