public import ArgumentParser

/// `meteor export CTX:NS DIR`: writes a namespace to a folder of files.
public struct ExportCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a namespace to a folder of files with a checksummed MANIFEST.",
        discussion: """
            Namespace parts become folders; sections, parts, snippets and modules become
            files; other keys go to _keys.meteor; a MANIFEST lists each file's SHA-256. See
            docs/export-import.md for the layout. `meteor import` reads it back exactly.
            Files are replaced by rename, never written through a symbolic link. Files of
            the previous export that this one no longer writes are removed, unless they
            were edited since (those are kept and listed).

            Examples:
              meteor export doc:guides.install ./export
              meteor export app:ui ./ui-export --format json
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The namespace.
    @Argument(help: "The namespace as CTX:NS, such as doc:guides.install.")
    public var namespace: String

    /// The folder.
    @Argument(help: "The folder to write.")
    public var directory: String

    /// Creates the command with default values.
    public init() {}

    /// It only reads the store.
    public var writesStore: Bool { false }

    /// Exports.
    ///
    /// - Parameter session: The session.
    /// - Returns: What was written.
    /// - Throws: A name error, ``DiagnosticKind/notFound`` or an I/O error.
    public func execute(in session: Session) throws -> CommandOutput {
        let (context, namespace) = try PositionArgument.parse(namespace)
        let entries = session.entries(in: .namespace(context, namespace))
        guard !entries.isEmpty else { throw session.notFound(.namespace(context, namespace)) }
        let exporter = NamespaceExporter(store: session.store)
        let files = exporter.plan(context: context, namespace: namespace, entries: entries).files
        let outcome = try exporter.export(
            context: context, namespace: namespace, entries: entries, to: directory)
        return .export(
            ExportReport(
                namespace: "\(context.name):\(namespace.name)", directory: directory,
                files: files.map(\.path), notes: outcome.notes))
    }
}
