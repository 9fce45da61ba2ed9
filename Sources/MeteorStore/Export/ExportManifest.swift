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
    /// Where the manifest was read from, so errors about its files point at their lines;
    /// empty for a manifest made in memory.
    var source = Source()

    /// The file a manifest was parsed from, and the line of each part.
    struct Source: Sendable {
        /// The manifest's path.
        var file: String?
        /// Every line, for the text under a caret.
        var lines: [Substring] = []
        /// The 1-based line of each entry, in `entries` order.
        var entryLines: [Int] = []
        /// The 1-based line of each file, in `files` order.
        var fileLines: [Int] = []
        /// The 1-based line of `namespace-sha256`.
        var totalLine = 0
    }

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
        let text = try UTF8Input.decode(bytes, name: "`\(file)`", file: file)
        var context: Context?
        var namespace: Namespace?
        var entries: [(key: Key, path: String)] = []
        var files: [(path: String, sha256: String)] = []
        var total: String?
        var source = Source(file: file)
        source.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        for (index, line) in source.lines.enumerated() {
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
                    try checkInside(fields[2], line, number, file)
                    entries.append((try Key(validating: fields[1], limits: limits), fields[2]))
                    source.entryLines.append(number)
                case ("file", 3):
                    try checkInside(fields[2], line, number, file)
                    files.append((fields[2], fields[1]))
                    source.fileLines.append(number)
                case ("namespace-sha256", 2):
                    total = fields[1]
                    source.totalLine = number
                default: throw bad("unknown manifest line", file, number, String(line))
                }
            } catch  where error.kind == .pathOutsideFolder {
                throw error
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
                at: .whole(file),
                hint: "a manifest is written by `export`; export the namespace again")
        }
        var manifest = ExportManifest(
            context: context, namespace: namespace, entries: entries, files: files,
            namespaceSHA256: total)
        manifest.source = source
        return manifest
    }

    /// The location of a manifest line, marking the path at its end (the whole line when
    /// `path` is nil or not there); nil for a manifest made in memory.
    ///
    /// - Parameters:
    ///   - number: The 1-based line.
    ///   - path: The path to mark, the line's last field.
    /// - Returns: The location.
    func location(ofLine number: Int, marking path: String? = nil) -> SourceLocation? {
        guard let file = source.file, number >= 1, number <= source.lines.count else {
            return nil
        }
        return Self.location(file, number, source.lines[number - 1], marking: path)
    }

    private static func location(
        _ file: String, _ number: Int, _ line: Substring, marking path: String?
    ) -> SourceLocation {
        let marked = path.flatMap { line.hasSuffix($0) ? $0.count : nil }
        return SourceLocation(
            file: file, line: number, column: marked.map { line.count - $0 + 1 } ?? 1,
            length: marked ?? line.count, lineText: String(line))
    }

    private static func checkInside(
        _ path: String, _ line: Substring, _ number: Int, _ file: String
    ) throws(MeteorError) {
        guard !StorePath.isInside(path) else { return }
        throw MeteorError(
            .pathOutsideFolder,
            path.hasPrefix("/")
                ? "the manifest names `\(path)`, an absolute path"
                : "the manifest names `\(path)`, which leaves the export folder",
            at: location(file, number, line, marking: path),
            hint: "an export names its files relative to its folder; re-export the namespace")
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
