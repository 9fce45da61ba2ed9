/// Counts, for each directory of a namespace, how many keys lie below it (SPEC §9 `.index`).
///
/// Key `a.b.c` puts one key below `a` and one below `a.b`. Only keys with a `.` pay anything,
/// and `isDirectory` never scans the namespace.
struct DirectoryTracker: Sendable {
    private var below: [Substring: Int] = [:]

    /// Records a key that was added.
    mutating func insert(_ key: Key) {
        forEachDirectory(of: key) { below[$0, default: 0] += 1 }
    }

    /// Records a key that was removed.
    mutating func remove(_ key: Key) {
        forEachDirectory(of: key) { directory in
            if let count = below[directory] {
                below[directory] = count > 1 ? count - 1 : nil
            }
        }
    }

    /// Whether some key starts with `directory` followed by `.`.
    func contains(_ directory: String) -> Bool {
        below[Substring(directory)] != nil
    }

    private func forEachDirectory(of key: Key, _ body: (Substring) -> Void) {
        let flat = key.flat
        var index = flat.utf8.startIndex
        while let dot = flat.utf8[index...].firstIndex(of: UInt8(ascii: ".")) {
            if dot > flat.utf8.startIndex { body(flat[..<dot]) }
            index = flat.utf8.index(after: dot)
        }
    }
}
