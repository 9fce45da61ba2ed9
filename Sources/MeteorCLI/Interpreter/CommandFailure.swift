/// Why a command did not work: a usage problem, a diagnostic from the engine or the store, or
/// a command skipped in batch mode.
///
/// Its JSON form is the `error` object of docs/cli.md:
/// `{"kind":…,"message":…,"location":…,"hint":…}`.
public struct CommandFailure: Error, Sendable, Hashable {
    /// A stable name: a ``DiagnosticKind`` raw value, `usage` or `skipped`.
    public var kind: String
    /// What went wrong, in plain words.
    public var message: String
    /// Where, when the input has a place to point at.
    public var location: SourceLocation?
    /// What to do about it.
    public var hint: String?
    /// The exit status the failure leads to.
    public var status: ExitStatus
    /// The diagnostic behind the failure, for caret rendering; nil for usage errors.
    public var diagnostic: Diagnostic?
    /// Whether text output shows only the header and the location, without the caret line
    /// and the hint (`validate` without `--explain`).
    public var brief = false

    /// Wraps an engine, store or parser error.
    ///
    /// - Parameter error: The error.
    public init(_ error: MeteorError) {
        kind = error.kind.rawValue
        message = error.message
        location = error.location
        hint = error.hint
        status = ExitStatus.of(error.kind)
        diagnostic = error.diagnostic
    }

    /// Wraps an error that makes the command line itself wrong, such as an unclosed quote in
    /// the REPL, keeping its caret rendering but reporting status 2.
    ///
    /// - Parameter error: The error.
    /// - Returns: The failure.
    public static func malformedLine(_ error: MeteorError) -> CommandFailure {
        var failure = CommandFailure(error)
        failure.status = .usage
        return failure
    }

    /// The failure for a store file that cannot be loaded or saved: the document's own
    /// error (with its `file:line:column`), reported with status 4 whatever its kind, and
    /// located at the store file when it has no place of its own.
    ///
    /// - Parameters:
    ///   - error: The load or save error.
    ///   - path: The store file, for the location.
    /// - Returns: The failure.
    public static func unreadableStore(_ error: MeteorError, path: String? = nil)
        -> CommandFailure
    {
        var located = error
        if error.location == nil, let path { located = error.relocated(to: .whole(path)) }
        var failure = CommandFailure(located)
        failure.status = .storeError
        return failure
    }

    /// The failure for an input the user named that cannot be used.
    ///
    /// A foreign file or an export folder that is missing, unreadable or malformed gets
    /// status 3 whatever its kind (an `ioError` here is about the input, not the store).
    ///
    /// - Parameters:
    ///   - error: The error.
    ///   - path: The input, for the location when the error has none.
    /// - Returns: The failure.
    public static func invalidInput(_ error: MeteorError, path: String) -> CommandFailure {
        var failure = CommandFailure(
            error.location == nil ? error.relocated(to: .whole(path)) : error)
        failure.status = .invalidInput
        return failure
    }

    /// A usage error: the command line does not fit the grammar.
    ///
    /// - Parameters:
    ///   - message: The message, as argument-parser or the REPL wrote it.
    ///   - hint: A hint, if any.
    /// - Returns: The failure, with status 2.
    public static func usage(_ message: String, hint: String? = nil) -> CommandFailure {
        CommandFailure(kind: "usage", message: message, hint: hint, status: .usage)
    }

    /// The report for a batch command that did not run because an earlier one failed.
    public static let skipped = CommandFailure(
        kind: "skipped", message: "not run: an earlier command failed",
        hint: "use --keep-going to run every command", status: .success)

    private init(
        kind: String, message: String, location: SourceLocation? = nil, hint: String?,
        status: ExitStatus
    ) {
        self.kind = kind
        self.message = message
        self.location = location
        self.hint = hint
        self.status = status
        self.diagnostic = nil
    }

    /// The failure as people read it: the diagnostic with its caret line, or
    /// `error[usage]: …` with the hint.
    ///
    /// - Returns: Multi-line text without a trailing newline.
    public func rendered() -> String {
        if let diagnostic { return diagnostic.rendered() }
        var text = "error[\(kind)]: \(message)"
        if let hint { text += "\n  = hint: \(hint)" }
        return text
    }
}
