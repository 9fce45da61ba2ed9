/// What went wrong, as a stable name that scripts and tests can match on.
///
/// The raw value is the camel-case name printed in diagnostics (`error[unclosedQuote]`) and in
/// JSON output. `docs/errors.md` lists every case with an example.
public enum DiagnosticKind: String, Sendable, Hashable, Codable, CaseIterable {
    // MARK: Names (SPEC §2)
    /// A context name is empty.
    case emptyContext
    /// A context name has a character outside `[A-Za-z0-9_-]` or starts badly.
    case invalidContext
    /// A namespace has an empty part, as in `ui..w`.
    case emptyNamespacePart
    /// A namespace part has a character outside `[A-Za-z0-9_-]` or starts badly.
    case invalidNamespacePart
    /// A namespace part is a reserved word such as `ctl`.
    case reservedNamespacePart
    /// A namespace is as deep as the profile's error depth.
    case namespaceTooDeep
    /// A namespace is as deep as the profile's warning depth (a warning, not an error).
    case namespaceDepthWarning
    /// A key is empty.
    case emptyKey
    /// A key has a forbidden character, or is a non-canonical flat spelling.
    case invalidKey
    /// A key's bracket notation is malformed (SPEC §3).
    case invalidBracket

    // MARK: Tokens and values (SPEC §4–6)
    /// A segment has no `=`.
    case missingEquals
    /// A quoted value never closes.
    case unclosedQuote
    /// A double-quoted value has an escape that JSON does not define.
    case invalidEscape
    /// Something other than whitespace follows a closing quote.
    case textAfterQuote
    /// A bare value contains a line break.
    case lineBreakInValue
    /// A `ctl:` command is not `delete` or `reset`.
    case unknownControlCommand
    /// `ctl:reset=` names something other than `cursor`, `storage` or `all`.
    case invalidResetTarget
    /// `ns=` or `ctx=` appears in a meteor stream.
    case controlTokenInMeteorStream
    /// A meteor stream token lacks the `CTX:NS:` prefix it needs.
    case notFullyQualified
    /// `:;:` appears in a token stream, where it has no meaning.
    case meteorSeparatorInTokenStream
    /// An address prefix has more than `CTX:NS:KEY`.
    case tooManyParts

    // MARK: Paths and patterns (SPEC §7–8)
    /// A path is empty.
    case emptyPath
    /// A query pattern is malformed.
    case invalidPattern

    // MARK: Limits (SPEC §10)
    /// A profile limit was exceeded; the diagnostic names the limit and the profile.
    case limitExceeded

    // MARK: Engine (SPEC §9)
    /// The addressed entry, namespace or context does not exist.
    case notFound
    /// `list[]` was used while `permitAppend` is off.
    case appendNotPermitted
    /// There is nothing to undo.
    case nothingToUndo
    /// There is nothing to redo.
    case nothingToRedo
    /// The target of a rename, move or copy already holds data.
    case targetExists

    // MARK: Documents and files (SPEC §11)
    /// A document or input is not valid UTF-8.
    case invalidUTF8
    /// A document line is not an entry, a comment or a blank line.
    case invalidDocument
    /// Reading or writing a file failed.
    case ioError
    /// The file changed on disk since it was loaded.
    case documentChanged
    /// Another process holds the document's lock.
    case lockHeld
    /// An export's manifest does not match its files.
    case checksumMismatch
    /// A path read from an export folder leaves the folder: absolute, with `..`, or through
    /// a symbolic link that points outside it.
    case pathOutsideFolder

    // MARK: Interaction
    /// The user stopped a long operation (such as loading a huge document) before it finished.
    case cancelled
}
