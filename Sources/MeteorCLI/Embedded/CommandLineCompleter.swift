import ArgumentParser

/// Completes command lines: command and subcommand names, then contexts, namespaces and keys
/// from the engine.
///
/// Paths complete one part at a time, the way they are written: `ap` → `app:`, `app:u` →
/// `app:ui:`, `app:ui:th` → `app:ui:theme`. `meteor`, `list` and `namespaces`, which take
/// the context and the namespace as separate words, complete bare names; `cursor`, `export`,
/// `import`, `move` and `copy` stop at the namespace.
public struct CommandLineCompleter {
    /// The most key candidates offered: a namespace may hold a million keys.
    public static let keyLimit = 200

    private let engine: MeteorEngine

    /// Creates a completer.
    ///
    /// - Parameter engine: Where contexts, namespaces and keys come from.
    public init(engine: MeteorEngine) {
        self.engine = engine
    }

    /// The candidates for the word that ends at the cursor.
    ///
    /// - Parameters:
    ///   - line: The line.
    ///   - cursor: The cursor, in characters.
    /// - Returns: The word's range (in characters) and the sorted candidates.
    public func complete(_ line: String, cursor: Int) -> (word: Range<Int>, candidates: [String]) {
        let characters = Array(line)
        let end = min(max(0, cursor), characters.count)
        var start = end
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        let word = String(characters[start..<end])
        let before = String(characters[..<start])
        let words =
            (try? WordSplitter.split(before)) ?? before.split(separator: " ").map(String.init)
        return (start..<end, candidates(for: word, after: words).filter { $0.hasPrefix(word) })
    }

    private func candidates(for word: String, after words: [String]) -> [String] {
        if words.last == "--format" { return ["debug", "json", "text"] }
        let arguments = Self.positionalArguments(words)
        guard let command = arguments.first else { return Self.commandNames }
        let position = arguments.count - 1
        if word.hasPrefix("-") { return [] }
        switch command {
        case "help":
            return position == 0 ? Self.commandNames : []
        case "scratch":
            return position == 0 ? Self.subcommandNames(of: ScratchCommand.self) : []
        case "meteor", "list", "namespaces":
            if position == 0 { return engine.contexts.map(\.name) }
            if position == 1, command != "namespaces",
                let context = try? Context(validating: arguments[1])
            {
                return engine.namespaces(in: context).filter { !$0.isRoot }.map(\.name)
            }
            return []
        case "cursor":
            return position == 0 ? paths(for: word, depth: .namespace, trailingColon: true) : []
        case "export", "import":
            return position == 0 ? paths(for: word, depth: .namespace, trailingColon: false) : []
        case "reset":
            return position == 0 ? ["all", "cursor", "storage"] + engine.contexts.map(\.name) : []
        case "set", "get", "delete", "exists", "find", "rename":
            return position == 0 ? paths(for: word, depth: .key, trailingColon: true) : []
        case "move", "copy":
            return position <= 1 ? paths(for: word, depth: .namespace, trailingColon: false) : []
        default:
            return []
        }
    }

    private enum Depth { case namespace, key }

    /// Candidates for the next part of a path.
    private func paths(for word: String, depth: Depth, trailingColon: Bool) -> [String] {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            return engine.contexts.map { "\($0.name):" }
        case 2:
            guard let context = try? Context(validating: parts[0]) else { return [] }
            let colon = trailingColon ? ":" : ""
            return engine.namespaces(in: context).map { "\(context.name):\($0.name)\(colon)" }
        case 3 where depth == .key:
            guard let context = try? Context(validating: parts[0]),
                let namespace = parts[1].isEmpty
                    ? Namespace.root : try? Namespace(validating: parts[1])
            else { return [] }
            var keys: [String] = []
            for entry in engine.entries(in: context, namespace) {
                let key = entry.key.bracket
                guard key.hasPrefix(parts[2]) else { continue }
                keys.append("\(parts[0]):\(parts[1]):\(key)")
                if keys.count == Self.keyLimit { break }
            }
            return keys.sorted()
        default:
            return []
        }
    }

    /// The words that are neither options nor option values.
    static func positionalArguments(_ words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if GlobalOptions.valued.contains(word) {
                index += 2
                continue
            }
            if !word.hasPrefix("-") || word == "-" { result.append(word) }
            index += 1
        }
        return result
    }

    /// Every command the `:` line runs, and the REPL's own words.
    static let commandNames: [String] =
        (subcommandNames(of: MeteorCommand.self).filter {
            !EmbeddedInterpreter.shellOnly.contains($0)
        }
        + ["help", "save", "reload", "exit", "quit"]).sorted()

    static func subcommandNames(of command: any ParsableCommand.Type) -> [String] {
        // A key path through the existential metatype crashes SILGen (Swift 6.3.1).
        var names: [String] = []
        for subcommand in command.configuration.subcommands {
            if let name = subcommand.configuration.commandName { names.append(name) }
        }
        return names.sorted()
    }
}
