public import ArgumentParser

/// The root of the `meteor` command tree, shared by the command line, the REPL, batch mode
/// and (later) the TUI's `:` line: one grammar, one help text, one set of errors.
public struct MeteorCommand: ParsableCommand {
    /// The command's name, abstract, examples and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "meteor",
        abstract: "Store, query and edit Meteor data from the shell or a prompt.",
        discussion: """
            The store is a `.meteor` document (default: $METEOR_STORE, else
            $XDG_DATA_HOME/meteor/store.meteor). Every change is saved before the command
            ends. Exit status: 0 ok, 1 not found, 2 usage, 3 invalid input, 4 store error.

            Examples:
              meteor set app:ui:theme dark
              meteor get app:ui:theme
              meteor parse "button=click; ns=ui; size=large"
              meteor --format json list app ui
              meteor repl
            """,
        version: "0.1.0",
        subcommands: [
            GetCommand.self, SetCommand.self, DeleteCommand.self, RenameCommand.self,
            MoveCommand.self, CopyCommand.self, ExistsCommand.self,
            FindCommand.self, ListCommand.self, ContextsCommand.self, NamespacesCommand.self,
            MeteorCmd.self, DumpCommand.self, ParseCommand.self, ValidateCommand.self,
            TokenCmd.self, HistoryCommand.self, UndoCommand.self, RedoCommand.self,
            CursorCmd.self, ResetCommand.self, ScratchCommand.self, ExportCommand.self,
            ImportCommand.self, ConfigCommand.self, ReplCommand.self, TuiCommand.self,
        ])

    /// Creates the root command.
    public init() {}
}
