public import ArgumentParser

/// `meteor copy CTX:NS CTX2[:NS2]`: copies every key of a namespace to another place.
public struct CopyCommand: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a namespace with all its keys elsewhere.",
        discussion: """
            FROM is a namespace: app:ui, app: (the root namespace) or app (namespace main).
            TO is just CTX to copy into the namespace of the same name in another context,
            or CTX:NS. A new namespace receives the keys as they are; an existing one keeps
            its keys and receives the copies after them. A key on both sides fails the
            command with status 3 and changes nothing, unless --overwrite gives it the
            copied value (in its place). Sub-namespaces are not copied. One change, one
            undo. Exits with 1 when FROM does not exist. --dry-run lists the entry changes
            and applies nothing.

            Examples:
              meteor copy app:ui user
              meteor copy app:ui app:ui.backup
              meteor copy app:ui user:ui --overwrite
              meteor copy app:ui user --dry-run
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// The source namespace.
    @Argument(help: ArgumentHelp("The namespace to copy: CTX:NS.", valueName: "from"))
    public var from: String

    /// The target.
    @Argument(help: ArgumentHelp("Where to: CTX for the same name, or CTX:NS.", valueName: "to"))
    public var to: String

    /// Whether keys on both sides take the copied value.
    @Flag(help: "Give keys that exist on both sides the copied value.")
    public var overwrite = false

    /// Whether to only show what would happen.
    @Flag(name: .customLong("dry-run"), help: "Show what would change; apply nothing.")
    public var dryRun = false

    /// Creates the command with default values.
    public init() {}

    /// A dry run only reads the store.
    public var writesStore: Bool { !dryRun }

    /// Copies the namespace (or works out what copying it would do).
    ///
    /// - Parameter session: The session.
    /// - Returns: The change.
    /// - Throws: A name error, ``DiagnosticKind/notFound`` or
    ///   ``DiagnosticKind/targetExists``.
    public func execute(in session: Session) throws -> CommandOutput {
        try NamespaceTransfer(
            from: from, to: to, overwrite: overwrite, dryRun: dryRun, removingSource: false
        ).run(in: session)
    }
}
