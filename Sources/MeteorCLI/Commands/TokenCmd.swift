public import ArgumentParser

/// `meteor token TEXT|-`: shows how a stream reads, token by token.
public struct TokenCmd: SessionCommand {
    /// The command's name, help and examples.
    public static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Show the tokens of a stream with both key spellings and stored values.",
        discussion: """
            Each operation prints with its number, its kind (store, ns, ctx or ctl), the
            key as written in bracket form and in the flat form it is stored under, and the
            value as stored (quoted only when needed). Nothing is applied.

            Examples:
              meteor token 'list[0]=a; ui:grid[2,3]=x; user[name]=bob'
              meteor token --meteor 'app:ui:a=1;b="x y"'
            """)

    /// The global options.
    @OptionGroup public var options: GlobalOptions

    /// Which grammar.
    @OptionGroup public var kind: StreamKindOptions

    /// The stream.
    @Argument(help: "The stream text, or - to read it from standard input.")
    public var text: String

    /// Creates the command with default values.
    public init() {}

    /// Showing tokens needs no store.
    public static var usesStore: Bool { false }

    /// Parses the stream and describes each operation.
    ///
    /// - Parameter session: The session (only for stdin).
    /// - Returns: The tokens.
    /// - Throws: The stream's first error.
    public func execute(in session: Session) throws -> CommandOutput {
        let parsed = try kind.parse(try session.text(from: text))
        session.warn(parsed.warnings)
        return .tokens(
            parsed.operations.enumerated().map { offset, operation in
                Self.report(operation, index: offset + 1)
            })
    }

    private static func report(_ operation: StreamOperation, index: Int) -> TokenReport {
        switch operation {
        case .store(let token):
            let scope: String
            switch token.scope {
            case .cursor: scope = ""
            case .namespace(let namespace): scope = "\(namespace.name):"
            case .address(let context, let namespace): scope = "\(context.name):\(namespace.name):"
            }
            return TokenReport(
                index: index, kind: "store", scope: scope, key: token.key.bracket,
                flatKey: token.key.flat, value: token.value)
        case .setNamespace(let namespace):
            return TokenReport(index: index, kind: "ns", scope: "ns=\(namespace.name)")
        case .setContext(let context):
            return TokenReport(index: index, kind: "ctx", scope: "ctx=\(context.name)")
        case .control(let command):
            return TokenReport(index: index, kind: "ctl", scope: command.description)
        }
    }
}
