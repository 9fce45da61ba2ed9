extension Session {
    /// The entries a path target covers, in listing order.
    ///
    /// - Parameter target: A key, a namespace or a context.
    /// - Returns: The entries.
    public func entries(in target: PathTarget) -> [Entry] {
        switch target {
        case .key(let address):
            return engine.get(address).map { [Entry(address, $0)] } ?? []
        case .namespace(let context, let namespace):
            return Array(engine.entries(in: context, namespace))
        case .context(let context):
            return engine.entries.filter { $0.context == context }
        }
    }

    /// The text of a `TEXT|-` argument: the argument itself, or all of stdin for `-`.
    ///
    /// - Parameter argument: The argument.
    /// - Returns: The text; a trailing line break read from stdin is removed.
    /// - Throws: A usage failure when stdin is not available (in the REPL).
    public func text(from argument: String) throws -> String {
        guard argument == "-" else { return argument }
        guard let standardInput else {
            throw CommandFailure.usage(
                "`-` reads standard input, which the REPL uses for its commands",
                hint: "write the text on the line, quoted")
        }
        return FinalLineBreak.removed(from: try standardInput())
    }

    /// A "nothing is there" error for a path.
    ///
    /// - Parameter target: The missing target.
    /// - Returns: A ``DiagnosticKind/notFound`` error.
    func notFound(_ target: PathTarget) -> MeteorError {
        MeteorError(
            .notFound, "\(target.noun) does not exist",
            hint: "`meteor find '\(target.context.name):**:*'` lists what is there")
    }
}
