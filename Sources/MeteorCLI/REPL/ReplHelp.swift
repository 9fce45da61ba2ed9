import ArgumentParser

/// The REPL's `help` text: the command list from the shared command tree, plus the words
/// only the REPL knows.
enum ReplHelp {
    /// The overview shown by `help`.
    ///
    /// - Returns: The text.
    static func overview() -> String {
        var lines = ["Commands (`help COMMAND` shows one with examples):"]
        var rows: [[String]] = []
        for command in MeteorCommand.configuration.subcommands {
            let name = command.configuration.commandName ?? ""
            if name == "repl" || name == "tui" { continue }
            rows.append(["  " + name, command.configuration.abstract])
        }
        rows += [
            [
                "  save [--force]",
                "Save the store now (--force overwrites a file changed on disk).",
            ],
            ["  reload", "Discard unsaved changes and read the store again."],
            ["  exit, quit", "Save and leave (end of input does the same)."],
        ]
        lines.append(TextRendering.table(rows))
        lines.append("Quote like a shell: set app:ui:title \"Hello, world\"")
        return lines.joined(separator: "\n")
    }
}
