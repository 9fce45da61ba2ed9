/// The `MANIFEST` file of an export: which key came from which file, in the namespace's
/// order, with the SHA-256 of every file and of the whole namespace.
///
/// ```
/// # meteor export v1
/// context doc
/// namespace guides.install
/// entry metadata[lang] guides/install/_metadata.meta
/// entry sections[intro] guides/install/sections/10-intro.md
/// file 9f86d0…  guides/install/sections/10-intro.md
/// namespace-sha256 4e07408…
/// ```
public struct ExportManifest: Sendable, Hashable {
    /// The first line of every manifest.
    public static let header = "# meteor export v1"
    /// The manifest's file name, at the export root.
    public static let fileName = "MANIFEST"

    /// The exported context.
    public var context: Context
    /// The exported namespace.
    public var namespace: Namespace
    /// Every key in insertion order, with the relative path of the file holding its value.
    public var entries: [(key: Key, path: String)]
    /// Every file's relative path and SHA-256, sorted by path.
    public var files: [(path: String, sha256: String)]
    /// The SHA-256 of the namespace written as a `.meteor` document (header and entries).
    public var namespaceSHA256: String

    /// Creates a manifest.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    ///   - entries: Keys and their files, in order.
    ///   - files: Paths and hashes.
    ///   - namespaceSHA256: The namespace hash.
    public init(
        context: Context, namespace: Namespace, entries: [(key: Key, path: String)],
        files: [(path: String, sha256: String)], namespaceSHA256: String
    ) {
        self.context = context
        self.namespace = namespace
        self.entries = entries
        self.files = files
        self.namespaceSHA256 = namespaceSHA256
    }

    /// Compares manifests field by field.
    ///
    /// - Parameters:
    ///   - lhs: One manifest.
    ///   - rhs: The other.
    /// - Returns: Whether they are equal.
    public static func == (lhs: ExportManifest, rhs: ExportManifest) -> Bool {
        lhs.text == rhs.text
    }

    /// Hashes the manifest's text.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// The manifest as text.
    public var text: String {
        var lines = [
            Self.header, "context \(context.name)", "namespace \(namespace.name)",
        ]
        for entry in entries { lines.append("entry \(entry.key.bracket) \(entry.path)") }
        for file in files { lines.append("file \(file.sha256) \(file.path)") }
        lines.append("namespace-sha256 \(namespaceSHA256)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a manifest.
    ///
    /// - Parameters:
    ///   - bytes: The manifest's bytes.
    ///   - file: The name used in diagnostics.
    ///   - limits: The limits names and keys are checked against.
    /// - Returns: The manifest.
    /// - Throws: ``DiagnosticKind/invalidDocument`` (or a name error) at `file:line:column`.
    public static func parse(_ bytes: [UInt8], file: String, limits: Limits = .active)
        throws(MeteorError) -> ExportManifest
    {
        let text = String(decoding: bytes, as: UTF8.self)
        var context: Context?
        var namespace: Namespace?
        var entries: [(key: Key, path: String)] = []
        var files: [(path: String, sha256: String)] = []
        var total: String?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let number = index + 1
            if number == 1 {
                guard line == header else {
                    throw bad("not a meteor export manifest", file, number, String(line))
                }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(
                String.init)
            do throws(MeteorError) {
                switch (fields.first, fields.count) {
                case ("context", 2): context = try Context(validating: fields[1], limits: limits)
                case ("namespace", 1): namespace = .root
                case ("namespace", 2):
                    namespace = try Namespace(validating: fields[1], limits: limits)
                case ("entry", 3):
                    entries.append((try Key(validating: fields[1], limits: limits), fields[2]))
                case ("file", 3): files.append((fields[2], fields[1]))
                case ("namespace-sha256", 2): total = fields[1]
                default: throw bad("unknown manifest line", file, number, String(line))
                }
            } catch {
                throw error.relocated(
                    to: SourceLocation(
                        file: file, line: number, column: 1, length: line.count,
                        lineText: String(line)))
            }
        }
        guard let context, let namespace, let total else {
            throw MeteorError(
                .invalidDocument, "the manifest lacks its context, namespace or namespace hash",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        return ExportManifest(
            context: context, namespace: namespace, entries: entries, files: files,
            namespaceSHA256: total)
    }

    private static func bad(_ message: String, _ file: String, _ number: Int, _ line: String)
        -> MeteorError
    {
        MeteorError(
            .invalidDocument, message,
            at: SourceLocation(
                file: file, line: number, column: 1, length: line.count, lineText: line),
            hint: "a manifest is written by `export`; do not edit it by hand")
    }
}
