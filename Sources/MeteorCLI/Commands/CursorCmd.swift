public import ArgumentParser

/// `meteor cursor [CTX[:NS]]`: shows or moves the cursor.
public struct CursorCmd: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "cursor",
        abstract: "Show the cursor, or move it to CTX or CTX:NS.",
        discussion: """
            The cursor is where bare `key=value` tokens of `parse` are stored. `app` moves to
            app:main, `app:ui` to app:ui, and `app:` to the root namespace of app. The
            cursor is kept beside the store (STORE.state), so the next invocation and the
            REPL start where the last one left it. Paths (`get theme`) do not use it: a
            bare key is always app:main:KEY.

            Examples:
              meteor cursor
              meteor cursor app:ui && meteor parse "theme=dark"   # app:ui:theme
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Where to move, if anywhere.
    @Argument(help: "CTX or CTX:NS to move to; nothing to show the cursor.")
    public var position: String?

    /// Creates the command with default values.
    public init() {}

    /// Showing the cursor only reads the store.
    public var writesStore: Bool { position != nil }

    /// Shows or moves the cursor.
    ///
    /// - Parameter session: The session.
    /// - Returns: The cursor.
    /// - Throws: A name error.
    public func execute(in session: Session) throws -> CommandOutput {
        guard let position else { return .cursor(session.engine.cursor) }
        let (context, namespace) = try PositionArgument.parse(position)
        let outcome = try session.execute(.setCursor(context, namespace))
        return .cursor(outcome.cursor)
    }
}
