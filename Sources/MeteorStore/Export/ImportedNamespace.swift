/// The entries read back from an export folder, ready to replace a namespace.
public struct ImportedNamespace: Sendable, Hashable {
    /// The context the entries are addressed to.
    public var context: Context
    /// The namespace the entries are addressed to.
    public var namespace: Namespace
    /// The entries in order.
    public var entries: [Entry]
    /// The manifest that was read, if the folder had one.
    public var manifest: ExportManifest?

    /// Creates an imported namespace.
    ///
    /// - Parameters:
    ///   - context: The target context.
    ///   - namespace: The target namespace.
    ///   - entries: The entries in order.
    ///   - manifest: The manifest, if any.
    public init(
        context: Context, namespace: Namespace, entries: [Entry], manifest: ExportManifest?
    ) {
        self.context = context
        self.namespace = namespace
        self.entries = entries
        self.manifest = manifest
    }
}
