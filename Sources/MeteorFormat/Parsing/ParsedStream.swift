/// The complete, validated result of parsing a stream: operations to apply in order, and
/// warnings that did not stop it.
public struct ParsedStream: Sendable, Hashable {
    /// The operations, in stream order.
    public var operations: [StreamOperation]
    /// Warnings, such as deep namespaces.
    public var warnings: [Diagnostic]

    /// Creates a parsed stream.
    ///
    /// - Parameters:
    ///   - operations: The operations.
    ///   - warnings: The warnings.
    public init(operations: [StreamOperation] = [], warnings: [Diagnostic] = []) {
        self.operations = operations
        self.warnings = warnings
    }

    /// The number of store operations.
    public var storeCount: Int {
        operations.reduce(0) { count, op in
            if case .store = op { return count + 1 }
            return count
        }
    }
}
