public import ArgumentParser

/// `--token` / `--meteor`: which stream grammar a text is read with.
public struct StreamKindOptions: ParsableArguments, Sendable {
    /// Read the text as a meteor stream.
    @Flag(
        name: .customLong("meteor"),
        help: "Read a meteor stream: ctx:ns:k=v;k2=v2 :;: ctx:ns:k=v.")
    public var meteor = false

    /// Read the text as a token stream (the default).
    @Flag(
        name: .customLong("token"),
        help: "Read a token stream: k=v; ns=ui; k2=v2 (the default).")
    public var token = false

    /// Creates the defaults.
    public init() {}

    /// Rejects both flags at once.
    ///
    /// - Throws: A validation error.
    public func validate() throws {
        if meteor, token { throw ValidationError("give --token or --meteor, not both") }
    }

    /// The name of the chosen grammar.
    public var name: String { meteor ? "meteor" : "token" }

    /// Parses text with the chosen grammar.
    ///
    /// - Parameter text: The stream.
    /// - Returns: The operations and warnings.
    /// - Throws: The first error.
    public func parse(_ text: String) throws(MeteorError) -> ParsedStream {
        meteor ? try MeteorStreamParser().parse(text) : try TokenStreamParser().parse(text)
    }
}
