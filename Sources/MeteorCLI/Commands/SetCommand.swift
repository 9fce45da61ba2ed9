public import ArgumentParser

/// `meteor set PATH VALUE`: stores a value.
public struct SetCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Store a value at a key path.",
        discussion: """
            The value is stored exactly as given (shell quotes are the shell's). `list[]`
            appends at the next free index. VALUE `-` reads the value from standard input
            (one final line break is dropped). Prints the stored entry.

            Examples:
              meteor set app:ui:theme dark
              meteor set 'app:ui:title' "Hello, world"
              meteor set 'app:ui:list[]' first
              printf 'line 1\\nline 2' | meteor set doc:guide:sections[intro] -
              meteor set app:ui:theme light --dry-run
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The key path.
    @Argument(help: "A key path: app:ui:key, app::key, app:key or key.")
    public var path: String

    /// The value, or `-` for stdin.
    @Argument(help: "The value, or - to read it from standard input.")
    public var value: String

    /// Whether to only show what would happen.
    @Flag(name: .customLong("dry-run"), help: "Check and show the change without saving it.")
    public var dryRun = false

    /// Creates the command with default values.
    public init() {}

    /// A dry run only reads the store.
    public var writesStore: Bool { !dryRun }

    /// Stores the value (or checks it, for a dry run).
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A path, key or value error.
    public func execute(in session: Session) throws -> CommandOutput {
        let text = try session.text(from: value)
        let outcome: CommandOutcome
        do {
            if dryRun { return .change(try preview(text, in: session)) }
            outcome = try session.execute(.set(path: path, value: text))
        } catch let error as MeteorError {
            throw error.placed(at: error.diagnostic.limit == .valueLength ? value : path)
        }
        let address = try outcome.address ?? Address(parsing: path)
        return .change(
            ChangeReport(
                command: "set", target: path, record: outcome.recordID,
                entry: Entry(address, text), stored: outcome.stored, cursor: outcome.cursor,
                summary: TextRendering.entry(Entry(address, text))))
    }

    private func preview(_ text: String, in session: Session) throws -> ChangeReport {
        var address = try Address(parsing: path)
        _ = try Value(validating: text)
        if let base = address.key.appendBase {
            let used = session.entries(in: .namespace(address.context, address.namespace))
                .compactMap { entry -> Int? in
                    guard let index = entry.key.numericIndex, index.base == base else {
                        return nil
                    }
                    return index.index
                }
            address.key = try address.key.resolvingAppend(to: (used.max() ?? -1) + 1)
        }
        let entry = Entry(address, text)
        return ChangeReport(
            command: "set", target: path, entry: entry, stored: 0,
            cursor: session.engine.cursor, dryRun: true,
            summary: "dry run: would set \(TextRendering.entry(entry))")
    }
}
