/// Everything a `.meteor` document holds: entries in file (insertion) order and scratch notes
/// kept apart from them (SPEC §11).
public struct DocumentContents: Sendable, Hashable {
    /// The entries, in the order they appear in the file.
    public var entries: [Entry]
    /// The scratch slots from the `# scratch` section, in file order.
    public var scratch: [ScratchNote]
    /// The line of each entry, kept when duplicates are left for the engine to find.
    var entryLines: [Int] = []

    /// Creates contents.
    ///
    /// - Parameters:
    ///   - entries: The entries in order.
    ///   - scratch: The scratch notes in order.
    public init(entries: [Entry] = [], scratch: [ScratchNote] = []) {
        self.entries = entries
        self.scratch = scratch
    }
}
