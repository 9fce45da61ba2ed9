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
        let folder = try Folder(root, store)
        let manifest = try readManifest(folder)
        try checkFiles(manifest, folder)
        let entries = try entries(manifest, folder)
        if ExportLayout.namespaceHash(entries) != manifest.namespaceSHA256 {
            throw MeteorError(
                .checksumMismatch,
                "the files rebuild a namespace whose hash differs from the manifest's",
                at: manifest.location(ofLine: manifest.source.totalLine),
                hint: "re-export the namespace")
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
        let folder = try Folder(root, store)
        let manifestPath = StorePath.join(root, ExportManifest.fileName)
        if store.fileExists(manifestPath) {
            let manifest = try verify ? self.verify(root) : readManifest(folder)
            let target = (context ?? manifest.context, namespace ?? manifest.namespace)
            let entries = try entries(manifest, folder).map {
                Entry(Address(target.0, target.1, $0.key), $0.value)
            }
            return ImportedNamespace(
                context: target.0, namespace: target.1, entries: entries, manifest: manifest)
        }
        if verify {
            throw MeteorError(
                .checksumMismatch, "`\(root)` has no MANIFEST to verify",
                at: .whole(manifestPath),
                hint: "import without verifying to read the folder by its layout")
        }
        guard let context, let namespace else {
            throw MeteorError(
                .invalidDocument,
                "`\(root)` has no MANIFEST, so the target namespace must be given",
                at: .whole(manifestPath),
                hint: "name the namespace to read the folder by its layout, e.g. `doc:guide`")
        }
        let entries = try conventionalEntries(folder, context, namespace)
        return ImportedNamespace(
            context: context, namespace: namespace, entries: entries, manifest: nil)
    }

    // MARK: - With a manifest

    private func readManifest(_ folder: Folder) throws(MeteorError) -> ExportManifest {
        let path = StorePath.join(folder.root, ExportManifest.fileName)
        return try ExportManifest.parse(
            folder.read(ExportManifest.fileName, at: .whole(path)), file: path, limits: limits)
    }

    private func checkFiles(_ manifest: ExportManifest, _ folder: Folder) throws(MeteorError) {
        var listed: Set<String> = [ExportManifest.fileName]
        for (index, file) in manifest.files.enumerated() {
            listed.insert(file.path)
            let location = manifest.location(
                ofLine: manifest.source.fileLines[index], marking: file.path)
            guard store.fileExists(StorePath.join(folder.root, file.path)) else {
                throw MeteorError(
                    .checksumMismatch, "`\(file.path)` is listed in the manifest but missing",
                    at: location,
                    hint: "re-export, or import without verifying to leave it out")
            }
            let actual = SHA256Hex.of(try folder.read(file.path, at: location))
            if actual != file.sha256 {
                throw MeteorError(
                    .checksumMismatch,
                    "`\(file.path)` was changed after the export (sha256 \(actual.prefix(12))…, "
                        + "manifest \(file.sha256.prefix(12))…)",
                    at: location,
                    hint: "re-export, or import without verifying to take the edit")
            }
        }
        for path in try store.files(under: folder.root) where !listed.contains(path) {
            throw MeteorError(
                .checksumMismatch, "`\(path)` is not listed in the manifest",
                at: .whole(StorePath.join(folder.root, path)),
                hint: "remove it, or import without verifying")
        }
    }

    private func entries(_ manifest: ExportManifest, _ folder: Folder) throws(MeteorError)
        -> [Entry]
    {
        var documents: [String: [Key: String]] = [:]
        var values: [String: String] = [:]
        var result: [Entry] = []
        var placed: Set<Key> = []
        for (index, (key, relative)) in manifest.entries.enumerated() {
            let line =
                manifest.source.entryLines.indices.contains(index)
                ? manifest.source.entryLines[index] : 0
            let location = manifest.location(ofLine: line, marking: relative)
            guard placed.insert(key).inserted else {
                throw MeteorError(
                    .invalidDocument, "the manifest lists `\(key.bracket)` twice",
                    at: manifest.location(ofLine: line),
                    hint: "each key is listed once; re-export the namespace")
            }
            let path = StorePath.join(folder.root, relative)
            let value: String?
            if relative.hasSuffix(".meteor") || relative.hasSuffix(".meta") {
                if documents[relative] == nil {
                    let contents = try DocumentCodec(limits: limits).decode(
                        folder.read(relative, at: location), file: path)
                    var map: [Key: String] = [:]
                    for entry in contents.entries { map[entry.key] = entry.value }
                    documents[relative] = map
                }
                value = documents[relative]?[key]
            } else {
                if values[relative] == nil {
                    values[relative] = try text(folder.read(relative, at: location), path)
                }
                value = values[relative]
            }
            guard let value else {
                throw MeteorError(
                    .invalidDocument, "`\(relative)` does not hold `\(key.bracket)`",
                    at: location, hint: "re-export the namespace")
            }
            try checkValue(value, key: key, path: path)
            result.append(
                Entry(Address(manifest.context, manifest.namespace, key), value))
        }
        return result
    }

    // MARK: - Without a manifest

    private func conventionalEntries(
        _ root: Folder, _ context: Context, _ namespace: Namespace
    ) throws(MeteorError) -> [Entry] {
        let base = namespace.parts.joined(separator: "/")
        let folder = StorePath.join(root.root, base)
        let files = try store.files(under: folder)
        guard !files.isEmpty else {
            throw MeteorError(
                .invalidDocument,
                "`\(root.root)` holds no files for \(context.name):\(namespace.name) "
                    + "(looked in `\(folder)`)",
                at: .whole(folder),
                hint: "name the namespace the folder was exported from, or import a folder "
                    + "with a MANIFEST")
        }
        var result: [Entry] = []
        let codec = DocumentCodec(limits: limits)
        func read(_ name: String) throws(MeteorError) -> [UInt8] {
            let path = StorePath.join(folder, name)
            return try root.read(StorePath.join(base, name), at: .whole(path))
        }
        func document(_ name: String) throws(MeteorError) -> [Entry] {
            guard files.contains(name) else { return [] }
            return try codec.decode(read(name), file: StorePath.join(folder, name)).entries
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
                let path = StorePath.join(folder, file)
                let key: Key
                do {
                    key = try Key(validating: "\(slice.rawValue)[\(name)]", limits: limits)
                } catch {
                    throw error.relocated(to: .whole(path))
                }
                let value = try text(read(file), path)
                try checkValue(value, key: key, path: path)
                result.append(Entry(Address(context, namespace, key), value))
            }
        }
        if let full = files.first(where: { $0.hasPrefix("_full.") && !$0.contains("/") }) {
            let path = StorePath.join(folder, full)
            result.append(
                Entry(
                    Address(context, namespace, try Key(validating: "full")),
                    try text(read(full), path)))
        }
        result += try document("_keys.meteor")
        return result.map { Entry(Address(context, namespace, $0.key), $0.value) }
    }

    // MARK: - Helpers

    private func text(_ bytes: [UInt8], _ path: String) throws(MeteorError) -> String {
        try UTF8Input.decode(bytes, name: "`\(path)`", file: path)
    }

    private func checkValue(_ value: String, key: Key, path: String) throws(MeteorError) {
        if value.utf8.count > limits.valueLength {
            throw limits.exceeded(
                .valueLength, actual: value.utf8.count,
                what: "the value of `\(key.bracket)` (from `\(path)`)", at: .whole(path))
        }
    }

    /// An export folder whose files are read only where they really are inside it.
    private struct Folder {
        /// The folder as given.
        let root: String
        /// Where it resolves to, links followed.
        let resolved: String
        let store: any DocumentStore

        /// Opens a folder that exists.
        ///
        /// - Throws: ``DiagnosticKind/ioError`` at the folder when it does not exist.
        init(_ root: String, _ store: any DocumentStore) throws(MeteorError) {
            guard let resolved = store.resolvedPath(root) else {
                throw MeteorError(
                    .ioError, "cannot read `\(root)`: there is no such folder",
                    at: .whole(root), hint: "check the path of the export folder")
            }
            self.root = root
            self.resolved = resolved
            self.store = store
        }

        /// Reads a file below the folder, refusing one whose real location (links
        /// followed) is outside it.
        ///
        /// - Parameters:
        ///   - relative: The path below the folder.
        ///   - location: Where errors point: the manifest line that names the file, or the
        ///     file itself.
        /// - Returns: The bytes.
        /// - Throws: ``DiagnosticKind/pathOutsideFolder`` or ``DiagnosticKind/ioError``.
        func read(_ relative: String, at location: SourceLocation?) throws(MeteorError)
            -> [UInt8]
        {
            let path = StorePath.join(root, relative)
            if let real = store.resolvedPath(path),
                real != resolved,
                !real.hasPrefix(resolved.hasSuffix("/") ? resolved : resolved + "/")
            {
                throw MeteorError(
                    .pathOutsideFolder,
                    "`\(relative)` leads outside the export folder, to `\(real)`",
                    at: location,
                    hint: "a symbolic link in an export folder must point inside it; "
                        + "replace the link with the file")
            }
            do {
                return try store.read(path).bytes
            } catch {
                throw error.location == nil ? error.relocated(to: location) : error
            }
        }
    }
}
