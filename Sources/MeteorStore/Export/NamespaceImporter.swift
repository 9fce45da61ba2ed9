/// Reads an export folder back into entries (SPEC §11): verify, dry run, import.
///
/// With a `MANIFEST`, keys, values and order come back exactly; ``verify(_:)`` checks every
/// file's SHA-256, that no file was added, and the whole namespace's hash. Without one, the
/// folder is read by convention (see `docs/export-import.md`) and the order is the layout's.
public struct NamespaceImporter: Sendable {
    /// Where the files are read from.
    public var store: any DocumentStore
    /// The limits names, keys and values are checked against.
    public var limits: Limits

    /// Creates an importer.
    ///
    /// - Parameters:
    ///   - store: The store to read from.
    ///   - limits: The limits to enforce.
    public init(store: any DocumentStore, limits: Limits = .active) {
        self.store = store
        self.limits = limits
    }

    /// Checks an export against its manifest: every listed file exists with its hash, no
    /// unlisted file was added, and the entries rebuild the namespace hash.
    ///
    /// - Parameter root: The export folder.
    /// - Returns: The manifest.
    /// - Throws: ``DiagnosticKind/checksumMismatch`` naming the first bad file, or a read
    ///   error.
    @discardableResult
    public func verify(_ root: String) throws(MeteorError) -> ExportManifest {
        let manifest = try readManifest(root)
        try checkFiles(manifest, root)
        let entries = try entries(manifest, root)
        if ExportLayout.namespaceHash(entries) != manifest.namespaceSHA256 {
            throw MeteorError(
                .checksumMismatch,
                "the files rebuild a namespace whose hash differs from the "
                    + "manifest's", hint: "re-export the namespace")
        }
        return manifest
    }

    /// Reads an export folder.
    ///
    /// - Parameters:
    ///   - root: The export folder.
    ///   - context: The target context; the manifest's by default.
    ///   - namespace: The target namespace; the manifest's by default.
    ///   - verify: Whether to check the manifest first (see ``verify(_:)``).
    /// - Returns: The entries, addressed to the target.
    /// - Throws: ``DiagnosticKind/checksumMismatch``, ``DiagnosticKind/invalidUTF8``, a
    ///   document error in a `.meteor` or `.meta` file, or ``DiagnosticKind/ioError``.
    public func read(
        _ root: String, into context: Context? = nil, _ namespace: Namespace? = nil,
        verify: Bool = true
    ) throws(MeteorError) -> ImportedNamespace {
        let manifestPath = StorePath.join(root, ExportManifest.fileName)
        if store.fileExists(manifestPath) {
            let manifest = try verify ? self.verify(root) : readManifest(root)
            let target = (context ?? manifest.context, namespace ?? manifest.namespace)
            let entries = try entries(manifest, root).map {
                Entry(Address(target.0, target.1, $0.key), $0.value)
            }
            return ImportedNamespace(
                context: target.0, namespace: target.1, entries: entries, manifest: manifest)
        }
        if verify {
            throw MeteorError(
                .checksumMismatch, "`\(root)` has no MANIFEST to verify",
                hint: "import without verifying to read the folder by convention")
        }
        guard let context, let namespace else {
            throw MeteorError(
                .invalidDocument, "`\(root)` has no MANIFEST, so the target namespace must be given"
            )
        }
        let entries = try conventionalEntries(root, context, namespace)
        return ImportedNamespace(
            context: context, namespace: namespace, entries: entries, manifest: nil)
    }

    // MARK: - With a manifest

    private func readManifest(_ root: String) throws(MeteorError) -> ExportManifest {
        let path = StorePath.join(root, ExportManifest.fileName)
        return try ExportManifest.parse(store.read(path).bytes, file: path, limits: limits)
    }

    private func checkFiles(_ manifest: ExportManifest, _ root: String) throws(MeteorError) {
        var listed: Set<String> = [ExportManifest.fileName]
        for file in manifest.files {
            listed.insert(file.path)
            let path = StorePath.join(root, file.path)
            guard store.fileExists(path) else {
                throw MeteorError(
                    .checksumMismatch, "`\(file.path)` is listed in the manifest but missing")
            }
            let actual = SHA256Hex.of(try store.read(path).bytes)
            if actual != file.sha256 {
                throw MeteorError(
                    .checksumMismatch,
                    "`\(file.path)` was changed after the export (sha256 \(actual.prefix(12))…, "
                        + "manifest \(file.sha256.prefix(12))…)",
                    hint: "re-export, or import without verifying to take the edit")
            }
        }
        for path in try store.files(under: root) where !listed.contains(path) {
            throw MeteorError(
                .checksumMismatch, "`\(path)` is not listed in the manifest",
                hint: "remove it, or import without verifying")
        }
    }

    private func entries(_ manifest: ExportManifest, _ root: String) throws(MeteorError)
        -> [Entry]
    {
        var documents: [String: [Key: String]] = [:]
        var values: [String: String] = [:]
        var result: [Entry] = []
        var placed: Set<Key> = []
        for (key, relative) in manifest.entries {
            let path = StorePath.join(root, relative)
            let value: String?
            if relative.hasSuffix(".meteor") || relative.hasSuffix(".meta") {
                if documents[relative] == nil {
                    let contents = try DocumentCodec(limits: limits).decode(
                        store.read(path).bytes, file: path)
                    var map: [Key: String] = [:]
                    for entry in contents.entries { map[entry.key] = entry.value }
                    documents[relative] = map
                }
                value = documents[relative]?[key]
            } else {
                if values[relative] == nil { values[relative] = try text(path) }
                value = values[relative]
            }
            guard let value else {
                throw MeteorError(
                    .invalidDocument, "`\(relative)` does not hold `\(key.bracket)`",
                    hint: "re-export the namespace")
            }
            try checkValue(value, key: key, path: path)
            guard placed.insert(key).inserted else {
                throw MeteorError(.invalidDocument, "the manifest lists `\(key.bracket)` twice")
            }
            result.append(
                Entry(Address(manifest.context, manifest.namespace, key), value))
        }
        return result
    }

    // MARK: - Without a manifest

    private func conventionalEntries(_ root: String, _ context: Context, _ namespace: Namespace)
        throws(MeteorError) -> [Entry]
    {
        let folder = StorePath.join(root, namespace.parts.joined(separator: "/"))
        let files = try store.files(under: folder)
        var result: [Entry] = []
        let codec = DocumentCodec(limits: limits)
        func document(_ name: String) throws(MeteorError) -> [Entry] {
            guard files.contains(name) else { return [] }
            let path = StorePath.join(folder, name)
            return try codec.decode(store.read(path).bytes, file: path).entries
        }
        let metadata = try document("_metadata.meta")
        var metaValues: [String: String] = [:]
        for entry in metadata {
            if let name = ExportSlice.metadataName(entry.key) { metaValues[name] = entry.value }
        }
        let ext = FileExtensions.choose(context: context, metadata: metaValues)
        result += metadata
        for slice in ExportSlice.allCases {
            for file in files where file.hasPrefix(slice.rawValue + "/") {
                var name = String(file.dropFirst(slice.rawValue.count + 1))
                guard !name.contains("/") else { continue }
                if let dash = name.firstIndex(of: "-"),
                    name[..<dash].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                    dash != name.startIndex
                {
                    name = String(name[name.index(after: dash)...])
                }
                if name.hasSuffix(".\(ext)") { name = String(name.dropLast(ext.count + 1)) }
                let key = try Key(validating: "\(slice.rawValue)[\(name)]", limits: limits)
                let path = StorePath.join(folder, file)
                let value = try text(path)
                try checkValue(value, key: key, path: path)
                result.append(Entry(Address(context, namespace, key), value))
            }
        }
        if let full = files.first(where: { $0.hasPrefix("_full.") && !$0.contains("/") }) {
            let path = StorePath.join(folder, full)
            result.append(
                Entry(Address(context, namespace, try Key(validating: "full")), try text(path)))
        }
        result += try document("_keys.meteor")
        return result.map { Entry(Address(context, namespace, $0.key), $0.value) }
    }

    // MARK: - Helpers

    private func text(_ path: String) throws(MeteorError) -> String {
        let bytes = try store.read(path).bytes
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw MeteorError(
                .invalidUTF8, "`\(path)` is not valid UTF-8", hint: "values are Unicode text")
        }
        return text
    }

    private func checkValue(_ value: String, key: Key, path: String) throws(MeteorError) {
        if value.utf8.count > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: value.utf8.count,
                what: "the value of `\(key.bracket)` (from `\(path)`)")
        }
    }
}
