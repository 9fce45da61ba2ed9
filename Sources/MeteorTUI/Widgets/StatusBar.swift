import MeteorFormat

/// The bottom status line: the document, where the selection is, the latest message, and
/// counts.
///
/// ``compose(width:)`` alone decides what shows: the document on the left; the message, or
/// else the selected path, in the middle; the search hit counter, the row, the entry count
/// and the profile on the right, dropped in reverse order of that list when the line is too
/// narrow. A message or path that is still too long is cut with `…` (the message log, `M`,
/// keeps every message whole).
struct StatusBar {
    /// The search hit counter: which hit is selected (nil when the selection is not one),
    /// of how many.
    struct HitCount: Hashable {
        var current: Int?
        var total: Int
    }

    var document: String
    var isDirty: Bool
    /// The selected node's path: `app:ui:theme`, `app:ui.widgets`, `app`.
    var path: String?
    /// The selected row (from 1) and how many rows the tree has.
    var row: Int?
    var rowCount: Int
    var hits: HitCount?
    var entryCount: Int
    var profile: String
    var message: StatusMessage?

    /// The room the middle keeps for a path before counts on the right are dropped.
    static let pathRoom = 20
    /// The room the middle keeps for a message.
    static let messageRoom = 40
    /// The narrowest the document's name is cut to.
    static let documentRoom = 20

    /// The line's three parts for a width: left, middle and right, already cut to fit.
    func compose(width: Int) -> (left: String, middle: String, right: String) {
        let dirty = isDirty ? " [+]" : ""
        let fullLeft = " \(document)\(dirty)"
        var counts: [String] = []
        if let hits {
            counts.append(
                hits.current.map { "hit \($0.grouped) / \(hits.total.grouped)" }
                    ?? "\(hits.total.grouped) hit\(hits.total == 1 ? "" : "s")")
        }
        if let row { counts.append("row \(row.grouped) / \(rowCount.grouped)") }
        counts.append("\(entryCount.grouped) entr\(entryCount == 1 ? "y" : "ies")")
        counts.append(profile)
        let middle = message?.text ?? path ?? ""
        let wanted = min(
            DisplayWidth.of(middle), message == nil ? Self.pathRoom : Self.messageRoom)
        let leftMinimum = min(DisplayWidth.of(fullLeft), Self.documentRoom)
        // Two spaces on each side of the middle.
        func rightText() -> String { counts.isEmpty ? "" : counts.joined(separator: " · ") + " " }
        while !counts.isEmpty, leftMinimum + 4 + wanted + DisplayWidth.of(rightText()) > width {
            counts.removeLast()
        }
        let right = rightText()
        let leftRoom = max(leftMinimum, width - 4 - wanted - DisplayWidth.of(right))
        let left =
            DisplayWidth.of(fullLeft) <= leftRoom
            ? fullLeft
            : " " + TextLayout.elide(document, width: leftRoom - 1 - dirty.count) + dirty
        let room = max(0, width - DisplayWidth.of(left) - 4 - DisplayWidth.of(right))
        let fitted =
            message != nil
            ? TextLayout.elide(middle, width: room) : TextLayout.elideFront(middle, width: room)
        return (left, fitted, right)
    }

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .statusBar)
        let (left, middle, right) = compose(width: area.width)
        var column = area.x
        column += buffer.write(
            left, column: column, row: area.y, role: .statusBar, maxWidth: area.width)
        let role: ThemeRole =
            switch message?.isError {
            case true?: .error
            case false?: .success
            case nil: .statusBar
            }
        buffer.write(
            "  " + middle, column: column, row: area.y, role: role, maxWidth: area.maxX - column)
        let rightWidth = DisplayWidth.of(right)
        if !right.isEmpty, area.maxX - rightWidth > column {
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
