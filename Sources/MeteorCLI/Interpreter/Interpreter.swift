import ArgumentParser

/// The one command interpreter behind the command line, the REPL, batch mode and the TUI's
/// `:` line: a pure parser from a line to a command, and a runner from a command to a
/// ``CommandResult`` value.
///
/// ```swift
/// let parsed = Interpreter.parse(#"set app:ui:title "Hello, world""#)
/// if case .command(let command) = parsed {
///     let result = Interpreter.run(command, in: session)
/// }
/// ```
public enum Interpreter {
    /// Parses one command line: splits it into words like a shell, then parses the words
    /// with the same command tree as the command line.
    ///
    /// - Parameter line: The line, without its line break.
    /// - Returns: What the line means.
    public static func parse(_ line: String) -> ParsedLine {
        do {
            return parse(words: try WordSplitter.split(line))
        } catch {
            return .failure(.malformedLine(error))
        }
    }

    /// Parses words with the command tree.
    ///
    /// `exit`, `quit`, `save [--force]` and `reload` are REPL directives; `help [command]`
    /// gives help; everything else goes to ``MeteorCommand``. Global options may come
    /// before the subcommand.
    ///
    /// - Parameter words: The words, as a shell would pass them.
    /// - Returns: What the words mean.
    public static func parse(words: [String]) -> ParsedLine {
        guard let first = words.first else { return .empty }
        switch (first, words.count) {
        case ("exit", 1), ("quit", 1): return .directive(.exit)
        case ("save", 1): return .directive(.save(force: false))
        case ("reload", 1): return .directive(.reload)
        case ("help", 1): return .help(ReplHelp.overview())
        default: break
        }
        if first == "help" { return help(Array(words.dropFirst())) }
        if first == "save", words.count == 2, words[1] == "--force" {
            return .directive(.save(force: true))
        }
        let hoisted = MeteorCommand.hoistingGlobalOptions(words)
        do {
            let parsed = try MeteorCommand.parseAsRoot(hoisted)
            guard let command = parsed as? any SessionCommand else {
                return .failure(
                    .usage(
                        "`\(first)` cannot run here",
                        hint: "`repl` and `tui` start from the shell: `meteor \(first)`"))
            }
            return .command(command)
        } catch {
            if MeteorCommand.exitCode(for: error) == .success {
                return .help(MeteorCommand.fullMessage(for: error, columns: 100))
            }
            if let unknown = CommandSuggestion.unknownCommand(hoisted, extraNames: replWords) {
                return .failure(unknown)
            }
            return .failure(usageFailure(error, words: words))
        }
    }

    /// The words that are commands in the REPL and the `:` line but not on the command line.
    static let replWords = ["exit", "quit", "save", "reload"]

    /// Runs a parsed command against a session.
    ///
    /// - Parameters:
    ///   - command: The command.
    ///   - session: The engine, store and inputs to use.
    /// - Returns: The result; failures are values, never thrown.
    public static func run(_ command: any SessionCommand, in session: Session) -> CommandResult {
        session.beginCommand()
        do {
            let output = try command.execute(in: session)
            return CommandResult(output: output, warnings: session.warnings)
        } catch let error as MeteorError {
            return CommandResult(failure: CommandFailure(error), warnings: session.warnings)
        } catch let failure as CommandFailure {
            return CommandResult(failure: failure, warnings: session.warnings)
        } catch {
            return CommandResult(failure: .usage("\(error)"), warnings: session.warnings)
        }
    }

    /// The help of a subcommand named by words, such as `["scratch", "set"]`.
    ///
    /// - Parameter path: The subcommand names.
    /// - Returns: The help text, or a usage failure for an unknown name.
    static func help(_ path: [String]) -> ParsedLine {
        var command: any ParsableCommand.Type = MeteorCommand.self
        for name in path {
            guard
                let next = command.configuration.subcommands.first(where: {
                    $0.configuration.commandName == name
                })
            else {
                return .failure(
                    .usage(
                        "there is no command named `\(path.joined(separator: " "))`",
                        hint: "see `help` for the list of commands"))
            }
            command = next
        }
        return .help(MeteorCommand.helpMessage(for: command, columns: 100))
    }

    /// The usage failure for an argument-parser error, with a pointer to the help.
    ///
    /// - Parameters:
    ///   - error: The error argument-parser threw.
    ///   - words: The words that were parsed.
    /// - Returns: A failure with status 2.
    static func usageFailure(_ error: any Error, words: [String]) -> CommandFailure {
        let message = MeteorCommand.message(for: error)
        let known = MeteorCommand.configuration.subcommands.contains {
            $0.configuration.commandName == words.first
        }
        let hint =
            known
            ? "see `help \(words.first ?? "")` for its usage and examples"
            : "see `help` for the list of commands"
        return .usage(message.isEmpty ? "invalid command line" : message, hint: hint)
    }
}
