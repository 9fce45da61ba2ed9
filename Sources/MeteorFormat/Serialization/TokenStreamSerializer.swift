/// Writes entries as token-stream text that reparses to exactly the same data (SPEC §4–5).
public enum TokenStreamSerializer {
    /// How addresses are written.
    public enum Style: Sendable {
        /// `ctx=C; ns=N; key=value; …`: cursor moves when the address changes. Parsing it
        /// leaves the cursor at the last entry's context and namespace. A key spelled `ns`
        /// or `ctx` is written `N:ns=value`, which stores instead of moving the cursor.
        case cursorMoves
        /// `C:N:key=value; …`: every token fully qualified; parsing it never moves the cursor.
        case qualified
    }

    /// Writes entries as one token stream.
    ///
    /// - Parameters:
    ///   - entries: The entries, in the order to write them.
    ///   - style: How addresses are written.
    /// - Returns: The stream text, with tokens separated by `; `.
    public static func serialize(_ entries: some Sequence<Entry>, style: Style = .cursorMoves)
        -> String
    {
        var tokens: [String] = []
        var context: Context?
        var namespace: Namespace?
        for entry in entries {
            let value = ValueSyntax.serialize(entry.value)
            switch style {
            case .qualified:
                tokens.append("\(entry.address)=\(value)")
            case .cursorMoves:
                if entry.context != context {
                    tokens.append("ctx=\(entry.context.name)")
                    context = entry.context
                }
                if entry.namespace != namespace {
                    tokens.append("ns=\(entry.namespace.name)")
                    namespace = entry.namespace
                }
                // `ns=`/`ctx=` would move the cursor; `NS:ns=…` stores at the cursor's context.
                let prefix = entry.key.isCursorWord ? "\(entry.namespace.name):" : ""
                tokens.append("\(prefix)\(entry.key.bracket)=\(value)")
            }
        }
        return tokens.joined(separator: "; ")
    }
}
