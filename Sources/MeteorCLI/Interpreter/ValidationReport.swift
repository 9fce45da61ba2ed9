/// The outcome of `validate`: which parser ran, whether the text is valid, what it would do,
/// and the error and warnings.
public struct ValidationReport: Sendable, Hashable {
    /// `token` or `meteor`.
    public var streamKind: String
    /// The number of operations the stream holds (0 when invalid).
    public var operations: Int
    /// The number of store operations among them.
    public var stores: Int
    /// The error, when the text is invalid.
    public var error: MeteorError?
    /// Warnings, such as deep namespaces.
    public var warnings: [Diagnostic]
    /// Whether the text should be explained with caret lines and hints.
    public var explain: Bool

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - streamKind: `token` or `meteor`.
    ///   - operations: Operation count.
    ///   - stores: Store operation count.
    ///   - error: The error, if invalid.
    ///   - warnings: Warnings.
    ///   - explain: Whether to explain.
    public init(
        streamKind: String, operations: Int, stores: Int, error: MeteorError?,
        warnings: [Diagnostic], explain: Bool
    ) {
        self.streamKind = streamKind
        self.operations = operations
        self.stores = stores
        self.error = error
        self.warnings = warnings
        self.explain = explain
    }

    /// Whether the text is valid.
    public var isValid: Bool { error == nil }
}
