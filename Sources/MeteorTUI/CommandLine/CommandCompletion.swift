/// The candidates for one word of a command line.
public struct CommandCompletion: Sendable, Hashable {
    /// The characters of the word being completed; a candidate replaces them.
    public var word: Range<Int>
    /// The candidates, in the order to offer them.
    public var candidates: [String]

    /// Creates a completion.
    ///
    /// - Parameters:
    ///   - word: The characters a candidate replaces.
    ///   - candidates: The candidates.
    public init(word: Range<Int>, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }

    /// The longest text every candidate starts with.
    public var commonPrefix: String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let characters = Array(candidate)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length]
            {
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }
}
