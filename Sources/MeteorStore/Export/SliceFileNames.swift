/// Names the files of one namespace's slice keys (`sections[x]`, `parts[x]`, …) in an export.
///
/// - An item that already starts with an ordering prefix, digits and `_` as in
///   `sections[10_intro]`, keeps its name: `sections/10_intro.md`.
/// - Every other item gets a prefix `NN-`, numbered 10, 20, 30, … in insertion order among
///   such items of its slice and zero-padded to a common width: `sections/10-intro.md`.
/// - The extension is added unless the item has one (`snippets[hello.py]` → `10-hello.py`).
///
/// Generated prefixes end in `-`, kept ones in `_`, so a folder read without its `MANIFEST`
/// strips exactly the generated ones. Two items that would share a file name (`10_a` with
/// extension `md`, and `10_a.md`) cannot both keep theirs: the later one gets a prefix, so no
/// value ever overwrites another.
enum SliceFileNames {
    /// The file name of every slice key among `entries`.
    ///
    /// - Parameters:
    ///   - entries: One namespace's entries in insertion order.
    ///   - ext: The namespace's extension, without a dot.
    /// - Returns: The slice and file name (without folder) of each slice key.
    static func assign(_ entries: [Entry], ext: String) -> [Key: (slice: ExportSlice, name: String)]
    {
        var result: [Key: (slice: ExportSlice, name: String)] = [:]
        var used: Set<String> = []
        var numbered: [ExportSlice: [(key: Key, item: String)]] = [:]
        for entry in entries {
            guard let (slice, item) = ExportSlice.classify(entry.key) else { continue }
            let name = item + suffix(item, ext)
            if hasOrderingPrefix(item), used.insert("\(slice.rawValue)/\(name)").inserted {
                result[entry.key] = (slice, name)
            } else {
                numbered[slice, default: []].append((entry.key, item))
            }
        }
        for (slice, items) in numbered {
            let width = max(2, String(items.count * 10).count)
            for (index, item) in items.enumerated() {
                let number = String((index + 1) * 10)
                let prefix = String(repeating: "0", count: width - number.count) + number
                result[item.key] = (slice, "\(prefix)-\(item.item)" + suffix(item.item, ext))
            }
        }
        return result
    }

    /// Whether an item starts with digits and `_`, followed by more text (`10_intro`).
    static func hasOrderingPrefix(_ item: String) -> Bool {
        let bytes = Array(item.utf8)
        let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        return digits > 0 && digits + 1 < bytes.count && bytes[digits] == UInt8(ascii: "_")
    }

    private static func suffix(_ item: String, _ ext: String) -> String {
        FileExtensions.hasExtension(item) ? "" : ".\(ext)"
    }
}
