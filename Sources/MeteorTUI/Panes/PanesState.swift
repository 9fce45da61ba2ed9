#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The drawer panes under the tree and value panes: which are open, and each one's cursor.
///
/// The history, scratch and workspace panes share a drawer along the bottom of the screen,
/// side by side in ``Pane/drawerOrder``; see `docs/tui.md` ("Panes").
public struct PanesState: Sendable, Hashable {
    /// The open drawer panes, in screen order.
    public private(set) var open: [Pane] = []
    /// The history pane's cursor.
    public var history = ListCursor()
    /// Whether the history pane lists only failed commands.
    public var historyFailedOnly = false
    /// The scratch pane's cursor.
    public var scratch = ListCursor()
    /// The workspace pane's cursor (it only scrolls).
    public var workspace = ListCursor()
    /// Whether `W` may open the workspace debug pane: always in debug builds, else only with
    /// `meteor tui --debug-pane`.
    public var isWorkspaceEnabled: Bool
    /// The zone history times are shown in.
    public var timeZone: TimeZone = .current

    /// Creates the state with every drawer pane closed.
    public init() {
        #if DEBUG
            isWorkspaceEnabled = true
        #else
            isWorkspaceEnabled = false
        #endif
    }

    /// Whether a pane is open.
    ///
    /// - Parameter pane: The pane.
    /// - Returns: Whether it is shown.
    public func isOpen(_ pane: Pane) -> Bool { open.contains(pane) }

    /// Opens or closes a drawer pane; open panes keep ``Pane/drawerOrder``.
    ///
    /// - Parameters:
    ///   - pane: A drawer pane.
    ///   - isOpen: Whether it should be shown.
    public mutating func set(_ pane: Pane, open isOpen: Bool) {
        guard pane.isDrawer else { return }
        var shown = Set(open)
        if isOpen { shown.insert(pane) } else { shown.remove(pane) }
        open = Pane.drawerOrder.filter(shown.contains)
    }
}
