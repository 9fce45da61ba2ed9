/// One structured finding about some input: an error or a warning with a kind, a message in
/// plain words, a location and a hint.
///
/// Diagnostics are values. They render as
///
/// ```
/// error[unclosedQuote]: the quoted value never closes
///  --> segment 2, column 8
///   |
/// 1 | a=1; k="unclosed
///   |        ^
///   = hint: end the value with a matching "
/// ```
public struct Diagnostic: Sendable, Hashable, Codable {
    /// Whether a diagnostic stops the input or only reports on it.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The input is rejected and nothing is applied.
        case error
        /// The input is accepted; the finding is reported.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What went wrong, as a stable name.
    public var kind: DiagnosticKind
    /// A sentence in plain words.
    public var message: String
    /// Where it went wrong, if the input has a place to point at.
    public var location: SourceLocation?
    /// What to do about it, when there is something useful to say.
    public var hint: String?
    /// The profile limit that was exceeded, for ``DiagnosticKind/limitExceeded``.
    public var limit: Limit?

    /// Creates a diagnostic.
    ///
    /// A `` `quoted` `` name longer than 80 characters in the message or hint is cut in the
    /// middle (`…`), so quoting a huge key or value never floods the output.
    ///
    /// - Parameters:
    ///   - severity: Error (default) or warning.
    ///   - kind: The kind.
    ///   - message: The message.
    ///   - location: The location, if any.
    ///   - hint: A hint, if any.
    ///   - limit: The exceeded limit, if any.
    public init(
        _ severity: Severity = .error, kind: DiagnosticKind, message: String,
        location: SourceLocation? = nil, hint: String? = nil, limit: Limit? = nil
    ) {
        self.severity = severity
        self.kind = kind
        self.message = Excerpt.clip(message)
        self.location = location
        self.hint = hint.map(Excerpt.clip)
        self.limit = limit
    }

    /// Renders the diagnostic with a header, the location, the offending line, a caret line
    /// and the hint.
    ///
    /// A long line is shown as a window of about 200 characters around the problem, with `…`
    /// where it was cut, so a diagnostic about a huge value stays a few lines long.
    ///
    /// - Returns: Multi-line text without a trailing newline.
    public func rendered() -> String {
        var lines = ["\(severity.rawValue)[\(kind.rawValue)]: \(message)"]
        if let location {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            lines.append("\(gutter)--> \(location.summary)")
            if let line = location.lineText {
                let (text, column, length) = Excerpt.window(
                    line, column: location.column, length: location.length)
                let visible = DisplayText.visible(text)
                let prefix = DisplayText.visible(String(text.prefix(column - 1)))
                let pad = String(repeating: " ", count: DisplayWidth.of(prefix))
                let marked = DisplayText.visible(
                    String(text.dropFirst(column - 1).prefix(length)))
                let carets = String(repeating: "^", count: max(1, DisplayWidth.of(marked)))
                lines.append("\(gutter) |")
                lines.append("\(number) | \(visible)")
                lines.append("\(gutter) | \(pad)\(carets)")
            }
            if let hint { lines.append("\(gutter) = hint: \(hint)") }
        } else if let hint {
            lines.append("  = hint: \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    /// The same diagnostic, located inside a larger input: columns shift and the segment and
    /// line text are replaced when the diagnostic had no better ones.
    ///
    /// - Parameter location: The location of the enclosing input.
    /// - Returns: The relocated diagnostic.
    public func relocated(to location: SourceLocation) -> Diagnostic {
        var copy = self
        copy.location = location
        return copy
    }
}
