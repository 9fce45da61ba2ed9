/// Reads a context and namespace written as a cursor position: `app` (namespace main),
/// `app:ui`, `app:` (the root namespace), or the namespace path forms `app:ui:` and `app::`.
public enum PositionArgument {
    /// Parses a position.
    ///
    /// - Parameter text: The argument.
    /// - Returns: The context and namespace.
    /// - Throws: A name error, or ``DiagnosticKind/tooManyParts``.
    public static func parse(_ text: String) throws(MeteorError) -> (Context, Namespace) {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[2].isEmpty { parts.removeLast() }
        guard parts.count <= 2 else {
            throw MeteorError(
                .tooManyParts, "`\(text)` is not a position",
                at: SourceLocation(column: 1, length: text.count, lineText: text),
                hint: "write CTX or CTX:NS, such as app:ui")
        }
        let context = try Context(validating: parts[0])
        guard parts.count == 2 else { return (context, .main) }
        return (context, try Namespace(validating: parts[1]))
    }
}
