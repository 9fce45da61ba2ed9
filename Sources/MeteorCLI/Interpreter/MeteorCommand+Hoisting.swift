extension MeteorCommand {
    /// Moves global options written before the subcommand to the end of the words.
    ///
    /// `meteor --format json get k` becomes `get k --format json`, where every subcommand's
    /// option group accepts them. Words after `--` are never touched.
    ///
    /// - Parameter words: The words after the program name.
    /// - Returns: The words with leading global options moved.
    public static func hoistingGlobalOptions(_ words: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if GlobalOptions.flags.contains(word) {
                leading.append(word)
                index += 1
            } else if GlobalOptions.valued.contains(name), word.contains("=") {
                leading.append(word)
                index += 1
            } else if GlobalOptions.valued.contains(word), index + 1 < words.count {
                leading += [word, words[index + 1]]
                index += 2
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return words }
        var rest = Array(words[index...])
        if rest.isEmpty { return words }
        if let separator = rest.firstIndex(of: "--") {
            rest.insert(contentsOf: leading, at: separator)
        } else {
            rest += leading
        }
        return rest
    }
}
