/// Lays one namespace out as files (SPEC §11): pure, so both stores and the tests share it.
///
/// - `sections[x]`, `parts[x]`, `snippets[x]`, `modules[x]` → `<ns>/<slice>/<NN>-x.<ext>`,
///   numbered 10, 20, … in insertion order, or `<ns>/<slice>/x.<ext>` when `x` already
///   starts with an ordering prefix such as `10_` (see ``SliceFileNames``);
/// - `full` → `<ns>/_full.<ext>`;
/// - `metadata[…]` → `<ns>/_metadata.meta`, a `.meteor` document of those entries;
/// - every other key → `<ns>/_keys.meteor`, a `.meteor` document;
/// - `MANIFEST` at the root: key order, file hashes and the namespace hash.
struct ExportLayout {
    let context: Context
    let namespace: Namespace
    let options: ExportOptions

    /// The folder of the namespace below the export root: one folder per namespace part.
    var folder: String { namespace.parts.joined(separator: "/") }

    /// The files and manifest for `entries`, all of which belong to the namespace.
    func files(for entries: [Entry]) -> (files: [ExportedFile], manifest: ExportManifest) {
        var metadata: [String: String] = [:]
        var metaEntries: [Entry] = []
        var keyEntries: [Entry] = []
        for entry in entries {
            if let name = ExportSlice.metadataName(entry.key) { metadata[name] = entry.value }
        }
        let ext = FileExtensions.choose(context: context, metadata: metadata)
        let sliceFiles = SliceFileNames.assign(entries, ext: ext)
        var files: [ExportedFile] = []
        var order: [(key: Key, path: String)] = []
        let metaPath = StorePath.join(folder, "_metadata.meta")
        let keysPath = StorePath.join(folder, "_keys.meteor")
        let fullPath = StorePath.join(folder, "_full.\(ext)")
        for entry in entries {
            if ExportSlice.metadataName(entry.key) != nil {
                metaEntries.append(entry)
                order.append((entry.key, metaPath))
            } else if let (slice, fileName) = sliceFiles[entry.key] {
                let path = StorePath.join(folder, slice.rawValue, fileName)
                files.append(ExportedFile(path: path, bytes: Array(entry.value.utf8)))
                order.append((entry.key, path))
            } else if entry.key.flat == "full", !options.assembleFull {
                files.append(ExportedFile(path: fullPath, bytes: Array(entry.value.utf8)))
                order.append((entry.key, fullPath))
            } else {
                keyEntries.append(entry)
                order.append((entry.key, keysPath))
            }
        }
        let codec = DocumentCodec()
        if !metaEntries.isEmpty {
            files.append(ExportedFile(path: metaPath, bytes: codec.encode(entries: metaEntries)))
        }
        if !keyEntries.isEmpty {
            files.append(ExportedFile(path: keysPath, bytes: codec.encode(entries: keyEntries)))
        }
        if options.assembleFull, let full = Self.assembleFull(entries) {
            files.append(ExportedFile(path: fullPath, bytes: Array(full.utf8)))
        }
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let manifest = ExportManifest(
            context: context, namespace: namespace, entries: order,
            files: files.map { ($0.path, SHA256Hex.of($0.bytes)) },
            namespaceSHA256: Self.namespaceHash(entries))
        return (files, manifest)
    }

    /// The SHA-256 of entries written as a `.meteor` document: layout-independent, so it
    /// proves an import rebuilt exactly the exported data, order included.
    static func namespaceHash(_ entries: [Entry]) -> String {
        SHA256Hex.of(DocumentCodec().encode(entries: entries))
    }

    /// The sections (or, with none, the parts) in document order, each ending with a line
    /// break before the next starts; the same rule as the engine's `NamespaceView.full`.
    static func assembleFull(_ entries: [Entry]) -> String? {
        var order: [String: Int] = [:]
        for entry in entries {
            if let name = ExportSlice.metadataName(entry.key), name.hasPrefix("order.") {
                order[String(name.dropFirst(6))] = Int(entry.value.trimmingBlanks)
            }
        }
        for wanted in [ExportSlice.sections, .parts] {
            var items: [(name: String, value: String, position: Int)] = []
            for (position, entry) in entries.enumerated() {
                if let (slice, name) = ExportSlice.classify(entry.key), slice == wanted {
                    items.append((name, entry.value, position))
                }
            }
            guard !items.isEmpty else { continue }
            items.sort { lhs, rhs in
                (numericPrefix(lhs.name) ?? .max, order[lhs.name] ?? .max, lhs.position)
                    < (numericPrefix(rhs.name) ?? .max, order[rhs.name] ?? .max, rhs.position)
            }
            var text = ""
            for (index, item) in items.enumerated() {
                text += item.value
                if index < items.count - 1, !item.value.isEmpty, !item.value.hasSuffix("\n") {
                    text += "\n"
                }
            }
            return text
        }
        return nil
    }

    private static func numericPrefix(_ name: String) -> Int? {
        let digits = name.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
        return digits.isEmpty ? nil : Int(String(decoding: digits, as: UTF8.self))
    }
}

extension String {
    /// The text without surrounding spaces and tabs.
    var trimmingBlanks: Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isBlank($0) }),
            let end = lastIndex(where: { !isBlank($0) })
        else { return "" }
        return self[start...end]
    }
}
