/// The foreign file formats Meteor imports and exports, by the names the CLI uses
/// (`meteor import --format json|nested-json|env`).
public enum ForeignFormat: String, Sendable, Hashable, CaseIterable {
    /// A flat JSON object of key paths (``FlatJSONFormat``).
    case json
    /// Nested JSON objects: context, namespace, key (``NestedJSONFormat``).
    case nestedJSON = "nested-json"
    /// An `.env`-style file holding one namespace (``EnvFileFormat``).
    case env

    /// Reads a file in this format, all or nothing.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: The name used in diagnostics.
    ///   - context: The target context of an `.env` file; JSON names its own.
    ///   - namespace: The target namespace of an `.env` file; JSON names its own.
    ///   - limits: The limits names, keys and values are checked against.
    /// - Returns: The entries in file order.
    /// - Throws: The first problem, located at `file:line:column`.
    public func decode(
        _ bytes: [UInt8], file: String, context: Context = .app, namespace: Namespace = .main,
        limits: Limits = .active
    ) throws(MeteorError) -> [Entry] {
        switch self {
        case .json: try FlatJSONFormat.decode(bytes, file: file, limits: limits)
        case .nestedJSON: try NestedJSONFormat.decode(bytes, file: file, limits: limits)
        case .env:
            try EnvFileFormat.decode(
                bytes, file: file, context: context, namespace: namespace, limits: limits)
        }
    }

    /// Writes entries in this format.
    ///
    /// - Parameter entries: The entries in the order to keep; for ``env``, those of one
    ///   namespace.
    /// - Returns: The file's bytes.
    public func encode(_ entries: some Sequence<Entry>) -> [UInt8] {
        switch self {
        case .json: FlatJSONFormat.encode(entries)
        case .nestedJSON: NestedJSONFormat.encode(entries)
        case .env: EnvFileFormat.encode(entries)
        }
    }
}
