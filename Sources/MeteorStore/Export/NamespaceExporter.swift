/// Exports one namespace to a folder of ordinary files with a checksummed `MANIFEST`
/// (SPEC §11); see ``ExportLayout`` for the layout and `docs/export-import.md` for an example.
public struct NamespaceExporter: Sendable {
    /// Where the files are written.
    public var store: any DocumentStore
    /// Layout choices.
    public var options: ExportOptions

    /// Creates an exporter.
    ///
    /// - Parameters:
    ///   - store: The store to write to.
    ///   - options: Layout choices.
    public init(store: any DocumentStore, options: ExportOptions = ExportOptions()) {
        self.store = store
        self.options = options
    }

    /// The files an export would write, without writing them.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    ///   - entries: The namespace's entries in order; entries of other namespaces are ignored.
    /// - Returns: The files (the manifest last) and the manifest.
    public func plan(context: Context, namespace: Namespace, entries: [Entry])
        -> (files: [ExportedFile], manifest: ExportManifest)
    {
        let own = entries.filter { $0.context == context && $0.namespace == namespace }
        let layout = ExportLayout(context: context, namespace: namespace, options: options)
        var (files, manifest) = layout.files(for: own)
        files.append(ExportedFile(path: ExportManifest.fileName, bytes: Array(manifest.text.utf8)))
        return (files, manifest)
    }

    /// Writes an export below `root`, each file atomically and the manifest last, so a
    /// half-finished export never verifies.
    ///
    /// Files listed by a previous export's manifest in `root` that this export no longer
    /// writes are removed, so the folder matches the new manifest.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    ///   - entries: The namespace's entries in order.
    ///   - root: The export folder.
    /// - Returns: The manifest written.
    /// - Throws: ``DiagnosticKind/ioError``.
    @discardableResult
    public func export(
        context: Context, namespace: Namespace, entries: [Entry], to root: String
    ) throws(MeteorError) -> ExportManifest {
        let (files, manifest) = plan(context: context, namespace: namespace, entries: entries)
        let manifestPath = StorePath.join(root, ExportManifest.fileName)
        var stale: Set<String> = []
        if store.fileExists(manifestPath),
            let old = try? ExportManifest.parse(store.read(manifestPath).bytes, file: manifestPath)
        {
            stale = Set(old.files.map(\.path))
        }
        try store.remove(manifestPath)
        for file in files where file.path != ExportManifest.fileName {
            let path = StorePath.join(root, file.path)
            try store.createDirectory(StorePath.directory(of: path))
            try store.write(file.bytes, to: path, condition: .overwrite)
            stale.remove(file.path)
        }
        for path in stale { try store.remove(StorePath.join(root, path)) }
        try store.createDirectory(root)
        try store.write(Array(manifest.text.utf8), to: manifestPath, condition: .overwrite)
        return manifest
    }
}
