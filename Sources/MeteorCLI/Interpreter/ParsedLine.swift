/// What one command line means: nothing, a command to run, a help text, a REPL directive,
/// or a usage failure.
public enum ParsedLine {
    /// A blank line or a comment.
    case empty
    /// A command to run.
    case command(any SessionCommand)
    /// Help text to print (`help`, `help get`, `get --help`).
    case help(String)
    /// A REPL directive such as `exit` or `save`.
    case directive(ReplDirective)
    /// The line does not parse.
    case failure(CommandFailure)
}
