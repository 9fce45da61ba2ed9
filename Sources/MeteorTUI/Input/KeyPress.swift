/// A key press, independent of any terminal library.
public enum KeyPress: Sendable, Hashable, CustomStringConvertible {
    /// A printable character.
    case character(Character)
    /// Ctrl plus a letter, given in lower case: `.control("s")` is Ctrl-S.
    case control(Character)
    /// Alt (or Esc then) a character.
    case alt(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Insert.
    case insert
    /// Forward delete.
    case delete
    /// Backspace.
    case backspace
    /// Enter or Return.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// A lone Escape.
    case escape
    /// A function key, F1 to F12.
    case function(Int)

    /// How the key is written in help and hints: `q`, `Ctrl-S`, `Alt-x`, `PgDn`, `F1`.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-\(character.uppercased())"
        case .alt(let character): "Alt-\(character)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .insert: "Ins"
        case .delete: "Del"
        case .backspace: "Backspace"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .function(let number): "F\(number)"
        }
    }
}
