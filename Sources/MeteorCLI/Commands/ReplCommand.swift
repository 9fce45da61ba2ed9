public import ArgumentParser

/// `meteor repl`: an interactive prompt, or batch mode with `--batch`.
public struct ReplCommand: ParsableCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Run commands at a prompt that shows the cursor, or in batch from stdin.",
        discussion: """
            Each line is a command without the leading `meteor`, quoted like a shell line.
            The prompt shows the cursor (app:ui> ). The REPL starts from the cursor and
            history kept beside the store. Every change is in the store's journal (fsynced)
            before the next prompt, so a kill, SIGTERM or SIGHUP loses nothing: the next
            `meteor repl` offers it back. Changes are saved on `save` and when the REPL ends
            (`exit`, `quit`, Ctrl-D); a file another program changed meanwhile is merged key
            by key, and keys both changed are asked about. Ctrl-C clears the line. At a
            terminal it first offers to recover what a crashed session left. `help` lists
            commands; `help COMMAND` shows one.

            --batch reads commands from stdin, one per line, then runs them holding the
            store's lock, and prints one result per command (with --format json, one object
            per line: {"ok":true,"result":…} or {"ok":false,"error":{…}}). It stops at the
            first failure, reports the rest as skipped and saves nothing; with --keep-going
            it runs every line and saves. A killed batch saves nothing.

            Examples:
              meteor repl
              printf 'set app:ui:a 1\\nget app:ui:a\\n' | meteor repl --batch
              meteor repl --batch --format json --keep-going < script.txt
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Batch mode.
    @Flag(help: "Read commands from stdin without a prompt; stop at the first failure.")
    public var batch = false

    /// Continue after failures in batch mode.
    @Flag(name: .customLong("keep-going"), help: "With --batch: run every line, then save.")
    public var keepGoing = false

    /// Creates the command with default values.
    public init() {}

    /// Rejects `--keep-going` without `--batch`.
    ///
    /// - Throws: A validation error.
    public func validate() throws {
        if keepGoing, !batch { throw ValidationError("--keep-going needs --batch") }
    }

    /// Opens the store and runs the REPL or the batch.
    ///
    /// - Throws: `ExitCode` when the status is not 0.
    public func run() throws {
        let status = ReplLauncher(options: options).run(batch: batch, keepGoing: keepGoing)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
