public import ArgumentParser

/// `meteor scratch …`: named notes kept apart from the data.
public struct ScratchCommand: ParsableCommand {
    /// The command's name, help, examples and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "scratch",
        abstract: "Work with scratch slots: named notes that are never data.",
        discussion: """
            Scratch slots are saved with the store but never listed, exported or counted
            as entries, and resets leave them alone. Names use letters, digits, `_`, `-`
            and `.`.

            Examples:
              meteor scratch set todo "check the install section"
              meteor scratch append todo "; and the FAQ"
              meteor scratch list
              meteor scratch get todo
              meteor scratch rm todo
            """,
        subcommands: [
            ScratchListCommand.self, ScratchGetCommand.self, ScratchSetCommand.self,
            ScratchAppendCommand.self, ScratchRemoveCommand.self,
        ],
        defaultSubcommand: ScratchListCommand.self)

    /// Creates the command.
    public init() {}
}
