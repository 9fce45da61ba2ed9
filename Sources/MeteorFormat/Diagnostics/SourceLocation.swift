/// Where in some input a diagnostic points: a stream segment, a document line, or a path column.
///
/// Lines and columns are 1-based. Columns count characters (grapheme clusters), as a person
/// would. `lineText` keeps the offending line so the diagnostic can draw a caret under it
/// without the original input.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file the input came from, if any.
    public var file: String?
    /// The 1-based meteor of a meteor stream.
    public var meteor: Int?
    /// The 1-based `;` segment of a token stream, or of the meteor in a meteor stream.
    public var segment: Int?
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in characters.
    public var column: Int
    /// How many characters the caret underlines (at least 1).
    public var length: Int
    /// The whole line that holds the location, for caret rendering.
    public var lineText: String?

    /// Creates a location from its parts.
    ///
    /// - Parameters:
    ///   - file: The file name, if any.
    ///   - meteor: The 1-based meteor number, if any.
    ///   - segment: The 1-based segment number, if any.
    ///   - line: The 1-based line.
    ///   - column: The 1-based column in characters.
    ///   - length: How many characters to underline.
    ///   - lineText: The text of the line, for the caret line.
    public init(
        file: String? = nil, meteor: Int? = nil, segment: Int? = nil, line: Int = 1,
        column: Int,
        length: Int = 1, lineText: String? = nil
    ) {
        self.file = file
        self.meteor = meteor
        self.segment = segment
        self.line = line
        self.column = column
        self.length = max(1, length)
        self.lineText = lineText
    }

    /// Computes the location of a byte range inside UTF-8 input.
    ///
    /// Only called when a diagnostic is built, so its cost (a scan back to the line start)
    /// never touches the success path.
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - offset: The byte offset of the start of the range.
    ///   - byteLength: The length of the range in bytes.
    ///   - segment: The 1-based segment number, if any.
    ///   - meteor: The 1-based meteor number, if any.
    /// - Returns: The line, the column in characters and the line's text.
    public static func locate(
        in bytes: borrowing Span<UInt8>, offset: Int, byteLength: Int = 1, segment: Int? = nil,
        meteor: Int? = nil
    ) -> SourceLocation {
        let offset = min(max(0, offset), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            if bytes[index] == .newline {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var lineEnd = offset
        while lineEnd < bytes.count, bytes[lineEnd] != .newline, bytes[lineEnd] != .carriageReturn {
            lineEnd += 1
        }
        let end = min(bytes.count, offset + max(0, byteLength))
        let before = bytes.string(lineStart..<offset)
        let marked = bytes.string(offset..<min(max(end, offset), max(lineEnd, offset)))
        return SourceLocation(
            meteor: meteor, segment: segment, line: line, column: before.count + 1,
            length: marked.count,
            lineText: bytes.string(lineStart..<lineEnd))
    }

    /// A location that names a whole file, folder or input such as `<stdin>`, rather than a
    /// place inside it: line and column 0, shown as the name alone.
    ///
    /// - Parameter file: The name.
    /// - Returns: The location.
    public static func whole(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    /// Whether the location names a whole file rather than a place in it (see ``whole(_:)``).
    public var isWhole: Bool { line == 0 }

    /// The location as people read it, such as `file:line:column`, `segment 2, column 5`, or
    /// just `file` for a whole file.
    public var summary: String {
        if let file { return isWhole ? file : "\(file):\(line):\(column)" }
        var parts: [String] = []
        if let meteor { parts.append("meteor \(meteor)") }
        if let segment { parts.append("segment \(segment)") }
        if line > 1 || lineText?.contains("\n") == true { parts.append("line \(line)") }
        parts.append("column \(column)")
        return parts.joined(separator: ", ")
    }
}
