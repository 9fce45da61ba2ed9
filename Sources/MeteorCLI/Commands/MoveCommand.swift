public import ArgumentParser

/// `meteor move CTX:NS CTX2[:NS2]`: moves every key of a namespace to another place.
public struct MoveCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move or rename a namespace with all its keys.",
        discussion: """
            FROM is a namespace: app:ui, app: (the root namespace) or app (namespace main).
            TO is CTX:NS, in the same or another context, or just CTX to keep the
            namespace's name. A new namespace receives the keys as they are; an existing
            one keeps its keys and receives the moved ones after them. A key on both sides
            fails the command with status 3 and changes nothing, unless --overwrite gives
            it the moved value (in its place). Sub-namespaces (app:ui.widgets) stay where
            they are. One change, one undo. Exits with 1 when FROM does not exist.
            --dry-run lists the entry changes and applies nothing.

            Examples:
              meteor move app:draft doc:guide
              meteor move app:ui app:ui.old
              meteor move app:ui user
              meteor move app:ui user:ui --overwrite --dry-run
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The source namespace.
    @Argument(help: ArgumentHelp("The namespace to move: CTX:NS.", valueName: "from"))
    public var from: String

    /// The target.
    @Argument(help: ArgumentHelp("Where to: CTX:NS, or CTX for the same name.", valueName: "to"))
    public var to: String

    /// Whether keys on both sides take the moved value.
    @Flag(help: "Give keys that exist on both sides the moved value.")
    public var overwrite = false

    /// Whether to only show what would happen.
    @Flag(name: .customLong("dry-run"), help: "Show what would change; apply nothing.")
    public var dryRun = false

    /// Creates the command with default values.
    public init() {}

    /// A dry run only reads the store.
    public var writesStore: Bool { !dryRun }

    /// Moves the namespace (or works out what moving it would do).
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A name error, ``DiagnosticKind/notFound`` or
    ///   ``DiagnosticKind/targetExists``.
    public func execute(in session: Session) throws -> CommandOutput {
        try NamespaceTransfer(
            from: from, to: to, overwrite: overwrite, dryRun: dryRun, removingSource: true
        ).run(in: session)
    }
}
