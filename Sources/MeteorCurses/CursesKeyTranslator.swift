import CNCursesW
public import MeteorTUI

/// Translates what `get_wch` returns into backend-neutral ``KeyPress`` values.
///
/// Pure, so the whole table is unit-tested without a terminal.
public enum CursesKeyTranslator {
    /// Translates one `get_wch` result.
    ///
    /// - Parameters:
    ///   - code: The code `get_wch` stored.
    ///   - isFunctionKey: Whether `get_wch` returned `KEY_CODE_YES`.
    /// - Returns: The key, or nil for codes with no meaning here (mouse and resize are handled
    ///   by the caller).
    public static func key(code: UInt32, isFunctionKey: Bool) -> KeyPress? {
        isFunctionKey ? functionKey(Int32(bitPattern: code)) : character(code)
    }

    /// Translates an ordinary character code, including control characters.
    ///
    /// - Parameter code: A Unicode scalar value.
    /// - Returns: The key.
    public static func character(_ code: UInt32) -> KeyPress? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .control(" ")
        case 1...26:
            guard let scalar = Unicode.Scalar(code + 96) else { return nil }
            return .control(Character(scalar))
        case 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Translates a `KEY_*` function key code.
    ///
    /// - Parameter code: The key code.
    /// - Returns: The key.
    public static func functionKey(_ code: Int32) -> KeyPress? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default:
            let f0 = cnc_key_f0()
            if code > f0, code <= f0 + 12 { return .function(Int(code - f0)) }
            return nil
        }
    }
}
