import MeteorKit

/// What the key field of `a` names: `key`, `ns:key` or `ctx:ns:key`, relative to the selected
/// namespace and context.
///
/// `key` adds to the selected namespace, `ns:key` to a namespace of the selected context (an
/// empty `ns`, as in `:key`, is the root namespace), `ctx:ns:key` anywhere; a namespace or
/// context that does not exist yet is created with the key.
enum NewKeyPath {
    /// The address the text names.
    ///
    /// - Parameters:
    ///   - text: The field's text.
    ///   - context: The selected context.
    ///   - namespace: The selected namespace.
    ///   - limits: The engine's limits.
    /// - Returns: The address.
    /// - Throws: The diagnostic of the part that is wrong, pointed into the whole text.
    static func resolve(
        _ text: String, context: Context, namespace: Namespace, limits: Limits
    ) throws(MeteorError) -> Address {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 3 else {
            let third = parts[0..<3].reduce(0) { $0 + $1.count + 1 }
            throw MeteorError(
                .tooManyParts, "a new key is `key`, `ns:key` or `ctx:ns:key`",
                at: SourceLocation(
                    column: third, length: text.count - third + 1, lineText: text),
                hint: "keys cannot contain `:`; use `.` inside keys (`database.host`)")
        }
        var offset = 0
        var context = context
        var namespace = namespace
        if parts.count == 3 {
            if parts[0].isEmpty {
                throw MeteorError(
                    .emptyContext, "`ctx:ns:key` needs a context before the first `:`",
                    at: SourceLocation(column: 1, lineText: text),
                    hint: "type `ns:key` for a namespace of \(context.name)")
            }
            context = try located(in: text, offset: offset) { () throws(MeteorError) in
                try Context(validating: String(parts[0]), limits: limits)
            }
            offset += parts[0].count + 1
        }
        if parts.count >= 2 {
            let part = parts[parts.count - 2]
            namespace = try located(in: text, offset: offset) { () throws(MeteorError) in
                try Namespace(validating: String(part), limits: limits)
            }
            offset += part.count + 1
        }
        let key = try located(in: text, offset: offset) { () throws(MeteorError) in
            try Key(validating: String(parts[parts.count - 1]), limits: limits)
        }
        return Address(context, namespace, key)
    }

    /// Runs a validation of one part; its error points into the whole text.
    private static func located<T>(
        in text: String, offset: Int, _ body: () throws(MeteorError) -> T
    ) throws(MeteorError) -> T {
        do {
            return try body()
        } catch {
            guard var location = error.location else { throw error }
            location.column += offset
            location.lineText = text
            throw error.relocated(to: location)
        }
    }
}
