extension MeteorEngine {
    /// Adds entries in order without recording history: the bulk path for loading documents.
    ///
    /// Each entry is checked against the limits as ``set(_:_:)-(Address,_)`` would, but a run
    /// of entries in the same namespace is stored with one namespace lookup, and duplicates
    /// are found by the insert itself rather than by a separate set. Append keys (`list[]`)
    /// are resolved one by one.
    ///
    /// - Parameter entries: The entries, in the order to keep.
    /// - Returns: The index of the first entry whose address was already stored (it then
    ///   replaced the value), or nil.
    /// - Throws: Any limit error; the entries before the failing one stay stored, so callers
    ///   load into a fresh engine they can drop.
    package func load(_ entries: [Entry]) throws(MeteorError) -> Int? {
        try load(entries[...])
    }

    /// Adds a slice of entries in order without recording history, as the array version
    /// does; loaders call it chunk by chunk to report progress between chunks.
    ///
    /// - Parameter entries: The entries, in the order to keep.
    /// - Returns: The index (in the slice's base array) of the first entry whose address was
    ///   already stored, or nil.
    /// - Throws: Any limit error; the entries before the failing one stay stored.
    package func load(_ entries: ArraySlice<Entry>) throws(MeteorError) -> Int? {
        defer { workspace.invalidate() }
        var duplicate: Int?
        var start = entries.startIndex
        while start < entries.endIndex {
            let first = entries[start]
            _ = try check(first.address, first.value)
            if first.key.isAppend {
                _ = try store(first.address, first.value)
                start += 1
                continue
            }
            var end = start + 1
            while end < entries.endIndex, !entries[end].key.isAppend,
                entries[end].namespace == first.namespace, entries[end].context == first.context
            {
                _ = try check(entries[end].address, entries[end].value)
                end += 1
            }
            var stamp = nextStamp
            let found = try storage.upsertRun(entries[start..<end], stamp: &stamp, limits: limits)
            nextStamp = stamp
            if duplicate == nil { duplicate = found }
            start = end
        }
        return duplicate
    }
}
