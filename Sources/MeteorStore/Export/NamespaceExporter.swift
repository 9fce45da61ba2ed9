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
    /// Every file is written by temporary file + rename and never through a symbolic link
    /// inside `root` (see ``DocumentStore/replace(_:at:inside:)``). Files that the previous
    /// export's manifest lists and this export no longer writes are removed, but only
    /// those inside `root` that still hold what that export wrote (name and SHA-256); the
    /// others are kept and listed in the outcome.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    ///   - entries: The namespace's entries in order.
    ///   - root: The export folder.
    /// - Returns: The manifest written and the stale files kept.
    /// - Throws: ``DiagnosticKind/ioError``.
    @discardableResult
    public func export(
        context: Context, namespace: Namespace, entries: [Entry], to root: String
    ) throws(MeteorError) -> ExportOutcome {
        let (files, manifest) = plan(context: context, namespace: namespace, entries: entries)
        let manifestPath = StorePath.join(root, ExportManifest.fileName)
        var stale: [(path: String, sha256: String)] = []
        var problem: MeteorError?
        if store.fileExists(manifestPath) {
            do {
                let old = try ExportManifest.parse(
                    store.read(manifestPath).bytes, file: manifestPath)
                let written = Set(files.map(\.path))
                stale = old.files.filter { !written.contains($0.path) }
            } catch {
                problem = error
            }
        }
        try store.remove(manifestPath)
        for file in files where file.path != ExportManifest.fileName {
            try store.replace(file.bytes, at: file.path, inside: root)
        }
        var kept: [String] = []
        for file in stale {
            if try store.remove(file.path, inside: root, ifSHA256: file.sha256) == .kept {
                kept.append(file.path)
            }
        }
        try store.replace(Array(manifest.text.utf8), at: ExportManifest.fileName, inside: root)
        return ExportOutcome(manifest: manifest, kept: kept, previousManifestProblem: problem)
    }
}
