/// The bottom status line: document, unsaved marker, cursor, entry count, profile, and the
/// latest message.
struct StatusBar {
    var document: String
    var isDirty: Bool
    var cursor: String
    var entryCount: Int
    var profile: String
    var message: StatusMessage?

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .statusBar)
        let left = " \(document)\(isDirty ? " [+]" : "")  \(cursor)"
        let right = "\(entryCount) entries · \(profile) "
        var column = area.x
        column += buffer.write(
            left, column: column, row: area.y, role: .statusBar, maxWidth: area.width)
        if let message {
            let role: ThemeRole = message.isError ? .error : .success
            column += buffer.write(
                "  " + message.text, column: column, row: area.y, role: role,
                maxWidth: area.maxX - column)
        }
        let rightWidth = right.count
        if area.maxX - rightWidth > column + 1 {
            buffer.write(right, column: area.maxX - rightWidth, row: area.y, role: .statusBar)
        }
    }
}

/// A message shown in the status bar until the next key.
public struct StatusMessage: Sendable, Hashable {
    /// The text.
    public var text: String
    /// Whether it reports a failure.
    public var isError: Bool

    /// Creates a message.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - isError: Whether it reports a failure.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
