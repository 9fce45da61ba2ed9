/// The interpreter of `meteor repl`, run against an engine that another front end owns: the
/// TUI's `:` line.
///
/// Lines mean exactly what they mean in the REPL. Changes go through the engine's command
/// entry point, so its history, undo and change notifications (and with them the TUI's
/// unsaved-changes marker and journal) see every one. Saving, quitting and reloading are the
/// front end's business: they come back as a ``ReplDirective``.
///
/// ```swift
/// let interpreter = EmbeddedInterpreter(engine: document.engine, store: FileStore())
/// let reply = interpreter.run(#"set app:ui:title "Hello""#)
/// ```
public final class EmbeddedInterpreter {
    /// The session the lines run in; it has no file of its own.
    public let session: Session
    private let completer: CommandLineCompleter

    /// Creates an interpreter over an engine.
    ///
    /// - Parameters:
    ///   - engine: The open engine; every line runs against it.
    ///   - store: Where `export` and `import` read and write files.
    public init(engine: MeteorEngine, store: any DocumentStore) {
        session = Session(engine: engine, store: store)
        session.standardInput = {
            throw CommandFailure.usage(
                "`-` reads standard input, which the TUI does not have",
                hint: "write the text on the line, quoted")
        }
        completer = CommandLineCompleter(engine: engine)
    }

    /// Runs one line.
    ///
    /// - Parameter line: The line, as typed after `:`.
    /// - Returns: The text to show and what the front end must do.
    public func run(_ line: String) -> EmbeddedReply {
        if let first = (try? WordSplitter.split(line))?.first, Self.shellOnly.contains(first) {
            return EmbeddedReply(
                failure: .usage(
                    "`\(first)` cannot run inside the TUI",
                    hint: "you are in the TUI already; `meteor \(first)` starts it from a shell"))
        }
        switch Interpreter.parse(line) {
        case .empty:
            return EmbeddedReply(text: "")
        case .help(let text):
            return EmbeddedReply(text: text)
        case .directive(let directive):
            return EmbeddedReply(text: "", directive: directive)
        case .failure(let failure):
            return EmbeddedReply(failure: failure)
        case .command(let command):
            let result = Interpreter.run(command, in: session)
            let renderer = ResultRenderer(format: command.options.format)
            let output = renderer.standardOutput(result) ?? ""
            let errors = renderer.standardError(result) ?? ""
            return EmbeddedReply(
                text: output + errors, isError: !result.succeeded,
                hasWarnings: result.succeeded && !errors.isEmpty)
        }
    }

    /// The candidates for the word under the cursor.
    ///
    /// - Parameters:
    ///   - line: The line.
    ///   - cursor: The cursor, in characters.
    /// - Returns: The word's range (in characters) and the candidates.
    public func completions(for line: String, cursor: Int) -> (
        word: Range<Int>, candidates: [String]
    ) {
        completer.complete(line, cursor: cursor)
    }

    /// Commands that start a front end, and so make no sense inside one.
    static let shellOnly: Set<String> = ["repl", "tui"]
}

/// What a line run by ``EmbeddedInterpreter`` produced.
public struct EmbeddedReply: Sendable, Hashable {
    /// The output, then any warnings or the failure, as the REPL prints them.
    public var text: String
    /// Whether the line failed.
    public var isError: Bool
    /// Whether a line that worked also warned.
    public var hasWarnings: Bool
    /// Work for the front end: save, exit, reload.
    public var directive: ReplDirective?

    /// Creates a reply.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - isError: Whether the line failed.
    ///   - hasWarnings: Whether it warned.
    ///   - directive: Work for the front end.
    public init(
        text: String, isError: Bool = false, hasWarnings: Bool = false,
        directive: ReplDirective? = nil
    ) {
        self.text = text
        self.isError = isError
        self.hasWarnings = hasWarnings
        self.directive = directive
    }

    init(failure: CommandFailure) {
        self.init(text: failure.rendered() + "\n", isError: true)
    }
}
