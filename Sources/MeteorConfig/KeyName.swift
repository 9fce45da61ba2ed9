public import MeteorTUI

/// Key names in config files: `w`, `G`, `:`, `space`, `ctrl-s`, `alt-x`, `f1`, `enter`,
/// `esc`, `tab`, `shift-tab`, `backspace`, `del`, `ins`, `home`, `end`, `pgup`, `pgdn`,
/// `up`, `down`, `left`, `right`; a sequence separates keys with spaces (`g g`).
///
/// Named keys ignore case (`Ctrl-S` as help writes it is fine); single characters do not.
public enum KeyName {
    /// Parses one key sequence.
    ///
    /// - Parameter text: The sequence, such as `ctrl-s` or `g g`.
    /// - Returns: The keys, or nil when a name is unknown or the sequence is empty.
    public static func parse(_ text: String) -> [KeyPress]? {
        let names = text.split(separator: " ", omittingEmptySubsequences: true)
        guard !names.isEmpty, names.count <= 2 else { return nil }
        var keys: [KeyPress] = []
        for name in names {
            guard let key = key(String(name)) else { return nil }
            keys.append(key)
        }
        return keys
    }

    /// Parses one key name.
    ///
    /// - Parameter name: The name.
    /// - Returns: The key, or nil.
    public static func key(_ name: String) -> KeyPress? {
        if name.count == 1, let character = name.first { return .character(character) }
        let lower = name.lowercased()
        if let named = named[lower] { return named }
        for (prefix, make) in modifiers where lower.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first else { return nil }
            return make(character)
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        return nil
    }

    private static let modifiers: [(String, @Sendable (Character) -> KeyPress?)] = [
        ("ctrl-", { $0.isLetter ? .control(Character($0.lowercased())) : nil }),
        ("c-", { $0.isLetter ? .control(Character($0.lowercased())) : nil }),
        ("alt-", { .alt($0) }),
        ("m-", { .alt($0) }),
    ]

    private static let named: [String: KeyPress] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape,
        "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
        "backspace": .backspace, "del": .delete, "delete": .delete, "ins": .insert,
        "insert": .insert, "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "up": .up, "down": .down, "left": .left,
        "right": .right,
    ]
}
