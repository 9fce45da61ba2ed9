import ArgumentParser

/// Names an unknown command and the known one closest to it: "unknown command `hel`; did you
/// mean `help`?", where argument-parser would say "Unexpected argument".
enum CommandSuggestion {
    /// The subcommand names of the command tree, plus `help`.
    static var commandNames: [String] {
        MeteorCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }
            .filter { !$0.isEmpty } + ["help"]
    }

    /// The failure for words whose first word is not a command; nil when it is one, or when
    /// the words start with an option.
    ///
    /// - Parameters:
    ///   - words: The words, global options already moved behind the subcommand.
    ///   - extraNames: Further words that are commands here (the REPL's `exit`, `save`, …).
    /// - Returns: A usage failure that names the closest command, if one is close.
    static func unknownCommand(_ words: [String], extraNames: [String] = []) -> CommandFailure? {
        guard let first = words.first, !first.hasPrefix("-") else { return nil }
        let names = commandNames + extraNames
        guard !names.contains(first) else { return nil }
        var message = "unknown command `\(first)`"
        if let near = closest(to: first, in: names) { message += "; did you mean `\(near)`?" }
        return .usage(message, hint: "see `help` for the list of commands")
    }

    /// The name nearest to `word`: one that starts with it (`hist` → `history`), else one
    /// edit away (a swap of neighbours counts as one; two for words longer than five
    /// letters); ties go to the first name listed.
    ///
    /// - Parameters:
    ///   - word: The mistyped word.
    ///   - names: The known names.
    /// - Returns: The nearest name, if any is near.
    static func closest(to word: String, in names: [String]) -> String? {
        let typed = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for name in names {
            let isPrefix = typed.count >= 2 && name.hasPrefix(word)
            let distance = isPrefix ? 0 : editDistance(typed, Array(name))
            guard distance <= (typed.count > 5 ? 2 : 1) else { continue }
            if best == nil || distance < best?.distance ?? .max { best = (name, distance) }
        }
        return best?.name
    }

    /// The optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of two neighbouring characters each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(
                    table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, table[i - 2][j - 2] + 1)
                }
                table[i][j] = value
            }
        }
        return table[a.count][b.count]
    }
}
