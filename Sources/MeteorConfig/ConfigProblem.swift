/// One thing wrong in a config file, with where it is.
public struct ConfigProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// What to write instead, if there is a clear answer.
    public var hint: String?

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - file: The file.
    ///   - line: The line.
    ///   - column: The column.
    ///   - message: What is wrong.
    ///   - hint: What to write instead.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: message (hint)`, the way compilers point at a place.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}

/// Every problem found in a config file; the file is then ignored as a whole.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [ConfigProblem]

    /// Creates an error.
    ///
    /// - Parameter problems: The problems.
    public init(_ problems: [ConfigProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
