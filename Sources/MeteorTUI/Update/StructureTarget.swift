import MeteorKit

/// What the field of a structural edit names: a key, or a context with an optional namespace.
enum StructureTarget: Hashable {
    /// The new name of a key.
    case key(Key)
    /// A context and a namespace; nil keeps the source's namespace name.
    case namespace(Context, Namespace?)

    /// Parses a field's text for its kind of edit.
    ///
    /// Rename takes a key (`theme`, `list[0]`); move takes `ctx:ns` (`ctx:` is the root
    /// namespace, as in the cursor's position text); copy takes `ctx` or `ctx:ns`; compare takes
    /// a context. Errors point into the whole text.
    ///
    /// - Parameters:
    ///   - field: The field.
    ///   - limits: The engine's limits.
    /// - Returns: The target.
    /// - Throws: The name's diagnostic, located in the field's text.
    static func parse(_ field: StructureField, limits: Limits) throws(MeteorError)
        -> StructureTarget
    {
        let text = field.editor.text
        if case .renameKey = field.kind { return .key(try Key(validating: text, limits: limits)) }
        let colon = text.firstIndex(of: ":")
        let contextText = String(text[..<(colon ?? text.endIndex)])
        let context: Context
        do {
            context = try Context(validating: contextText, limits: limits)
        } catch {
            throw located(error, in: text, offset: 0)
        }
        guard let colon else {
            if case .moveNamespace = field.kind {
                throw MeteorError(
                    .tooManyParts, "write the new place as `context:namespace`",
                    at: SourceLocation(column: text.count + 1, lineText: text),
                    hint: "e.g. `app:ui.new` (or `app:` for the root namespace)")
            }
            return .namespace(context, nil)
        }
        let namespaceText = String(text[text.index(after: colon)...])
        if case .compareWith = field.kind {
            throw MeteorError(
                .tooManyParts, "type only the other context; the namespace stays the same",
                at: SourceLocation(column: contextText.count + 1, lineText: text),
                hint: "e.g. `user`")
        }
        do {
            return .namespace(context, try Namespace(validating: namespaceText, limits: limits))
        } catch {
            throw located(error, in: text, offset: contextText.count + 1)
        }
    }

    /// An error about one part of the text, pointed into the whole text.
    private static func located(_ error: MeteorError, in text: String, offset: Int)
        -> MeteorError
    {
        guard var location = error.location else { return error }
        location.column += offset
        location.lineText = text
        return error.relocated(to: location)
    }
}
