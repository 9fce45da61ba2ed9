public import MeteorKit

/// A rename, move or copy waiting for confirmation, with what it will do.
public struct StructurePreview: Sendable, Hashable {
    /// The field it came from, to edit again with `e`.
    public var field: StructureField
    /// The command `y` runs; `o` runs it with overwrite.
    public var command: EngineCommand
    /// The change in one line: `app:ui:old → app:ui:new`.
    public var summary: String
    /// How many keys move or are copied.
    public var keyCount: Int
    /// The first few of those keys, in bracket form, in order.
    public var sample: [String]
    /// How many of them already exist at the target.
    public var clashCount: Int
    /// The first few clashing addresses.
    public var clashes: [String]
    /// Other facts worth knowing, such as sub-namespaces that stay behind.
    public var notes: [String]
    /// The node the tree selects once the edit is applied.
    public var follow: TreeNodeID

    /// How many sample keys and clashes the preview lists.
    public static let sampleSize = 5
}
