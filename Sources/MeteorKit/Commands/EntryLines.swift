/// Entries carried by a command, saved in a history as one `ctx:ns:key=value` line each
/// (the `.meteor` document's entry lines) instead of one JSON object each.
///
/// That is about a quarter of the size, and it matters: the command line reads and rewrites
/// the history beside the store on every change, and an import's record keeps its entries.
public struct EntryLines: Sendable, Hashable, Codable {
    /// The entries, in order.
    public var entries: [Entry]

    /// Wraps entries.
    ///
    /// - Parameter entries: The entries, in order.
    public init(_ entries: [Entry]) {
        self.entries = entries
    }

    /// Reads the lines back, validating every entry.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError.dataCorrupted` naming the first line that is not an entry.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        var parser = EntryLineParser()
        var entries: [Entry] = []
        for (index, line) in text.split(separator: "\n").enumerated() {
            let bytes = Array(line.utf8)
            do {
                entries.append(try parser.parse(bytes.span))
            } catch {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath,
                        debugDescription: "entry line \(index + 1): \(error.message)"))
            }
        }
        self.entries = entries
    }

    /// Writes the entries as lines.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries.map(\.description).joined(separator: "\n"))
    }
}
