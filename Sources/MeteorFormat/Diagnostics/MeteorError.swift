/// The error every Meteor API throws: one ``Diagnostic`` with severity `.error`.
///
/// Functions in `MeteorFormat` use typed throws (`throws(MeteorError)`), so callers can reach
/// the kind, message, location and hint without casting.
public struct MeteorError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The structured description of what went wrong.
    public var diagnostic: Diagnostic

    /// Wraps a diagnostic.
    ///
    /// - Parameter diagnostic: The diagnostic; its severity is forced to `.error`.
    public init(_ diagnostic: Diagnostic) {
        var diagnostic = diagnostic
        diagnostic.severity = .error
        self.diagnostic = diagnostic
    }

    /// Creates an error from its parts.
    ///
    /// - Parameters:
    ///   - kind: The kind.
    ///   - message: The message.
    ///   - location: The location, if any.
    ///   - hint: A hint, if any.
    ///   - limit: The exceeded limit, if any.
    public init(
        _ kind: DiagnosticKind, _ message: String, at location: SourceLocation? = nil,
        hint: String? = nil, limit: Limit? = nil
    ) {
        self.diagnostic = Diagnostic(
            kind: kind, message: message, location: location, hint: hint, limit: limit)
    }

    /// What went wrong, as a stable name.
    public var kind: DiagnosticKind { diagnostic.kind }
    /// The message in plain words.
    public var message: String { diagnostic.message }
    /// Where it went wrong.
    public var location: SourceLocation? { diagnostic.location }
    /// What to do about it.
    public var hint: String? { diagnostic.hint }

    /// The rendered diagnostic, caret line included.
    public var description: String { diagnostic.rendered() }

    /// The same error with its location replaced.
    ///
    /// - Parameter location: The new location.
    /// - Returns: The relocated error.
    public func relocated(to location: SourceLocation?) -> MeteorError {
        var copy = self
        copy.diagnostic.location = location
        return copy
    }
}
