import MeteorCLI
import MeteorTUI

/// Gives the TUI's `:` line the REPL's interpreter, running against the TUI's own engine.
final class InterpreterCommandService: CommandService {
    let interpreter: EmbeddedInterpreter

    /// - Parameters:
    ///   - engine: The TUI's engine.
    ///   - store: Where `export` and `import` read and write.
    init(engine: MeteorEngine, store: any DocumentStore) {
        interpreter = EmbeddedInterpreter(engine: engine, store: store)
    }

    func run(_ line: String) -> CommandReply {
        let reply = interpreter.run(line)
        let directive: CommandReply.Directive? =
            switch reply.directive {
            case .save(let force)?: .save(force: force)
            case .exit?: .quit
            case .reload?: .reload
            case nil: nil
            }
        return CommandReply(
            reply.text, isError: reply.isError, hasWarnings: reply.hasWarnings,
            directive: directive)
    }

    func completions(for line: String, cursor: Int) -> CommandCompletion {
        let (word, candidates) = interpreter.completions(for: line, cursor: cursor)
        return CommandCompletion(word: word, candidates: candidates)
    }
}
