/// Turns a ``CommandResult`` into what goes to stdout and to stderr, in one format.
///
/// Data goes to stdout; errors and warnings go to stderr. In JSON, stdout gets the result's
/// JSON shape and stderr the `error` object; in text, stderr gets the rendered diagnostic.
public struct ResultRenderer: Sendable {
    /// The format.
    public var format: OutputFormat
    /// Colours for stdout.
    public var style: TerminalStyle
    /// Colours for stderr.
    public var errorStyle: TerminalStyle

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - format: The format.
    ///   - style: Colours for stdout.
    ///   - errorStyle: Colours for stderr.
    public init(
        format: OutputFormat, style: TerminalStyle = .plain, errorStyle: TerminalStyle = .plain
    ) {
        self.format = format
        self.style = style
        self.errorStyle = errorStyle
    }

    /// The text for stdout, with a final line break, or nil when there is nothing to print.
    ///
    /// - Parameter result: The result.
    /// - Returns: The text.
    public func standardOutput(_ result: CommandResult) -> String? {
        guard result.succeeded else { return nil }
        let text: String?
        switch format {
        case .text: text = result.output.text(style: style)
        case .json: text = result.output.json.serialized()
        case .debug: text = DebugRendering.output(result.output)
        }
        return text.map { $0 + "\n" }
    }

    /// The text for stderr: warnings, then the failure; with a final line break, or nil.
    ///
    /// - Parameter result: The result.
    /// - Returns: The text.
    public func standardError(_ result: CommandResult) -> String? {
        var parts: [String] = []
        switch format {
        case .json:
            parts += result.warnings.map { JSONRendering.diagnostic($0).serialized() }
            if let failure = result.failure {
                parts.append(JSONRendering.failure(failure).serialized())
            }
        case .text, .debug:
            parts += result.warnings.map { TextRendering.diagnostic($0, style: errorStyle) }
            if let failure = result.failure {
                parts.append(TextRendering.failure(failure, style: errorStyle))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n") + "\n"
    }
}
