/// Finds the line of a table header or a key in TOML text, for problems: TOMLKit reports
/// positions only for syntax errors.
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The line of `[name]`.
    func header(_ name: String) -> Int? {
        firstLine { $0 == "[\(name)]" }
    }

    /// The line of `key = …` inside the table `[table]`, or of the header when the key is
    /// not on a line of its own.
    func key(_ key: String, in table: String) -> Int? {
        guard let headerLine = header(table) else { return nil }
        // headerLine is 1-based, so it is also the index of the line after the header.
        for index in headerLine..<lines.count {
            let line = Self.stripped(lines[index])
            if line.hasPrefix("[") { break }
            for spelling in [key, "\"\(key)\""] where line.hasPrefix(spelling) {
                let rest = line.dropFirst(spelling.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") { return index + 1 }
            }
        }
        return headerLine
    }

    private func firstLine(where matches: (String) -> Bool) -> Int? {
        lines.firstIndex { matches(Self.stripped($0)) }.map { $0 + 1 }
    }

    private static func stripped(_ line: Substring) -> String {
        String(line.drop { $0 == " " || $0 == "\t" }).replacingSpaces()
    }
}

extension String {
    /// The text without trailing blanks, and with blanks inside `[ name ]` removed.
    fileprivate func replacingSpaces() -> String {
        var text = self
        while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
        if text.hasPrefix("["), !text.hasPrefix("[["), let close = text.firstIndex(of: "]") {
            return "[" + text[text.index(after: text.startIndex)..<close].filter { $0 != " " } + "]"
        }
        return text
    }
}
