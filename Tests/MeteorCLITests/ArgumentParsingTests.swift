import ArgumentParser
import MeteorCLI
import Testing

@Suite struct ArgumentParsingTests {
    @Test func parsesSetWithDryRunAndGlobalOptions() throws {
        let command = try MeteorCommand.parseAsRoot([
            "set", "app:ui:k", "v w", "--dry-run", "--store", "/tmp/s.meteor", "--format", "json",
        ])
        let set = try #require(command as? SetCommand)
        #expect(set.path == "app:ui:k")
        #expect(set.value == "v w")
        #expect(set.dryRun)
        #expect(set.options.store == "/tmp/s.meteor")
        #expect(set.options.format == .json)
    }

    @Test func globalOptionsMayComeBeforeTheSubcommand() throws {
        let words = MeteorCommand.hoistingGlobalOptions([
            "--format", "json", "--no-color", "--store=/x", "get", "k",
        ])
        #expect(words == ["get", "k", "--format", "json", "--no-color", "--store=/x"])
        let get = try #require(try MeteorCommand.parseAsRoot(words) as? GetCommand)
        #expect(get.options.noColor)
        #expect(get.options.store == "/x")
    }

    @Test func hoistingStopsAtDoubleDash() {
        #expect(
            MeteorCommand.hoistingGlobalOptions(["--no-color", "set", "k", "--", "-v"])
                == ["set", "k", "--no-color", "--", "-v"])
    }

    @Test func parsesHistoryFilters() throws {
        let command = try MeteorCommand.parseAsRoot([
            "history", "--limit", "5", "--failed", "--since", "3", "--page", "2",
        ])
        let history = try #require(command as? HistoryCommand)
        #expect(history.limit == 5)
        #expect(history.failed)
        #expect(history.since == 3)
        #expect(history.page == 2)
    }

    @Test func parsesStreamKinds() throws {
        let parse = try #require(
            try MeteorCommand.parseAsRoot(["parse", "--meteor", "app:ui:a=1"]) as? ParseCommand)
        #expect(parse.kind.meteor)
        #expect(throws: (any Error).self) {
            try MeteorCommand.parseAsRoot(["validate", "--meteor", "--token", "x"])
        }
    }

    @Test func scratchDefaultsToList() throws {
        #expect(try MeteorCommand.parseAsRoot(["scratch"]) is ScratchListCommand)
        let set = try #require(
            try MeteorCommand.parseAsRoot(["scratch", "set", "todo", "x"]) as? ScratchSetCommand)
        #expect(set.name == "todo")
    }

    @Test(arguments: [
        ["get"], ["set", "k"], ["frobnicate"], ["history", "--limit", "0"],
        ["repl", "--keep-going"], ["get", "k", "--format", "xml"],
    ])
    func rejectsBadCommandLines(_ words: [String]) {
        #expect(throws: (any Error).self) { try MeteorCommand.parseAsRoot(words) }
    }

    @Test func interpreterParsesQuotedLines() throws {
        guard case .command(let command) = Interpreter.parse(#"set app:ui:k "v w""#) else {
            Issue.record("expected a command")
            return
        }
        let set = try #require(command as? SetCommand)
        #expect(set.value == "v w")
    }

    @Test func interpreterKnowsDirectivesAndHelp() {
        guard case .directive(.exit) = Interpreter.parse("quit") else {
            Issue.record("quit")
            return
        }
        guard case .directive(.save(force: true)) = Interpreter.parse("save --force") else {
            Issue.record("save --force")
            return
        }
        guard case .help(let text) = Interpreter.parse("help get") else {
            Issue.record("help get")
            return
        }
        #expect(text.contains("USAGE: meteor get"))
        guard case .help(let overview) = Interpreter.parse("help") else {
            Issue.record("help")
            return
        }
        #expect(overview.contains("exit, quit"))
    }

    @Test func interpreterReportsUsageFailures() {
        guard case .failure(let failure) = Interpreter.parse("get") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.status == .usage)
        #expect(failure.kind == "usage")
        #expect(failure.hint == "see `help get` for its usage and examples")
        guard case .failure(let quote) = Interpreter.parse(#"set k "open"#) else {
            Issue.record("expected a failure")
            return
        }
        #expect(quote.kind == "unclosedQuote")
        #expect(quote.status == .usage)
        guard case .failure(let nested) = Interpreter.parse("repl") else {
            Issue.record("expected a failure")
            return
        }
        #expect(nested.message.contains("cannot run here"))
    }

    /// Every subcommand's `--help` shows an example.
    @Test func everySubcommandHelpHasExamples() {
        var commands: [any ParsableCommand.Type] = MeteorCommand.configuration.subcommands
        commands += ScratchCommand.configuration.subcommands
        #expect(commands.count == 32)
        for command in commands {
            let help = MeteorCommand.helpMessage(for: command, columns: 100)
            #expect(help.contains("Examples:"), "\(command) has no examples")
            #expect(help.contains("meteor "), "\(command) has no example command")
        }
    }
}
