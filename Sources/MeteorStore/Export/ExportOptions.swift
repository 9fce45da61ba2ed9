/// Choices for ``NamespaceExporter``.
public struct ExportOptions: Sendable, Hashable {
    /// Write `_full.<ext>` assembled from the ordered sections (or parts), instead of from a
    /// stored `full` key; a stored `full` then goes to `_keys.meteor` so nothing is lost.
    public var assembleFull: Bool

    /// Creates options.
    ///
    /// - Parameter assembleFull: Whether to assemble `_full.<ext>` from the sections.
    public init(assembleFull: Bool = false) {
        self.assembleFull = assembleFull
    }
}
