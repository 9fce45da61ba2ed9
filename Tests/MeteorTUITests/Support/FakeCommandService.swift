import MeteorKit

@testable import MeteorTUI

/// A command service with canned replies and a word list for completion, recording the lines
/// it runs.
final class FakeCommandService: CommandService {
    var replies: [String: CommandReply] = [:]
    var words: [String]
    private(set) var ran: [String] = []
    private(set) var completionRequests: [(line: String, cursor: Int)] = []

    init(words: [String] = ["cursor", "export", "find", "get", "set"]) {
        self.words = words
    }

    func run(_ line: String) -> CommandReply {
        ran.append(line)
        return replies[line] ?? CommandReply("")
    }

    /// Completes the last word against `words`.
    func completions(for line: String, cursor: Int) -> CommandCompletion {
        completionRequests.append((line, cursor))
        let characters = Array(line)
        var start = cursor
        while start > 0, characters[start - 1] != " " { start -= 1 }
        let word = String(characters[start..<cursor])
        return CommandCompletion(
            word: start..<cursor, candidates: words.filter { $0.hasPrefix(word) })
    }
}

/// A command service that runs `set PATH VALUE` on an engine, for whole-session tests.
final class EngineCommandService: CommandService {
    let engine: MeteorEngine

    init(engine: MeteorEngine) { self.engine = engine }

    func run(_ line: String) -> CommandReply {
        let words = line.split(separator: " ").map(String.init)
        guard words.count == 3, words[0] == "set" else {
            return CommandReply("error[usage]: only `set PATH VALUE` here", isError: true)
        }
        do {
            _ = try engine.execute(.set(path: words[1], value: words[2]))
            return CommandReply("")
        } catch {
            return CommandReply(error.diagnostic.rendered(), isError: true)
        }
    }

    func completions(for line: String, cursor: Int) -> CommandCompletion {
        CommandCompletion(word: cursor..<cursor, candidates: [])
    }
}
