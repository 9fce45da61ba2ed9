import MeteorTUI
import TOMLKit

extension TUIConfigParser {
    /// Reads `[keys]`: `ACTION = "KEY"` or `ACTION = ["KEY", …]`.
    ///
    /// The keys replace every default key of the action in the browse scope (`[]` unbinds
    /// it). A key given to an action is taken from any other action that had it by default.
    mutating func keymap(_ value: any TOMLValueConvertible) -> Keymap? {
        guard let table = value.table else {
            report("`keys` must be a table of ACTION = [\"KEY\", …]", line: nil)
            return nil
        }
        var assigned: [(action: Action, name: String, keys: [[KeyPress]])] = []
        var owner: [[KeyPress]: String] = [:]
        for (name, value) in table {
            let line = lines.key(name, in: "keys")
            guard let action = ActionName.table[name] else {
                let names = ActionName.table.keys.sorted().joined(separator: ", ")
                report("unknown action `\(name)`", line: line, hint: "actions: \(names)")
                continue
            }
            let texts: [String]
            if let single = value.string {
                texts = [single]
            } else if let array = value.array, array.allSatisfy({ $0.string != nil }) {
                texts = array.compactMap(\.string)
            } else {
                report("`\(name)` must be a key name or a list of key names", line: line)
                continue
            }
            var sequences: [[KeyPress]] = []
            for text in texts {
                guard let keys = KeyName.parse(text) else {
                    report(
                        "unknown key name \"\(text)\" for `\(name)`", line: line,
                        hint: "write a character such as \"w\", or ctrl-s, alt-x, f2, enter, "
                            + "esc, tab, space, up, pgdn, home; \"g g\" for a sequence")
                    continue
                }
                if let other = owner[keys], other != name {
                    report("\"\(text)\" is given to both `\(other)` and `\(name)`", line: line)
                    continue
                }
                owner[keys] = name
                sequences.append(keys)
            }
            assigned.append((action, name, sequences))
        }
        var keymap = Keymap.standard
        for (action, name, sequences) in assigned {
            Self.rebind(action, named: name, to: sequences, in: &keymap)
        }
        return keymap
    }

    /// Replaces the browse-scope keys of `action`, keeping its help text and its place in
    /// the help order.
    static func rebind(
        _ action: Action, named name: String, to sequences: [[KeyPress]], in keymap: inout Keymap
    ) {
        let existing = keymap.bindings.filter { $0.scope == .browse && $0.action == action }
        let help = existing.first?.help ?? name.replacingDashes()
        let isHint = existing.contains(where: \.isHint)
        let survives = { (binding: KeyBinding) in
            binding.scope != .browse
                || (binding.action != action && !sequences.contains(binding.keys))
        }
        let original = keymap.bindings.firstIndex { $0.scope == .browse && $0.action == action }
        let place = original.map { keymap.bindings[..<$0].filter(survives).count }
        // An action that loses the key the hint bar showed (help losing `?` to
        // search-backward) is shown with the key it keeps (F1).
        let lostHints = keymap.bindings.filter { !survives($0) && $0.isHint && $0.action != action }
        keymap.bindings.removeAll { !survives($0) }
        for lost in lostHints {
            guard !keymap.bindings.contains(where: { $0.action == lost.action && $0.isHint }),
                let kept = keymap.bindings.firstIndex(where: {
                    $0.scope == .browse && $0.action == lost.action
                })
            else { continue }
            keymap.bindings[kept].isHint = true
        }
        let new = sequences.enumerated().map { index, keys in
            KeyBinding(keys, action, help: help, isHint: isHint && index == 0)
        }
        keymap.bindings.insert(contentsOf: new, at: place ?? keymap.bindings.count)
    }
}

extension String {
    /// `command-line` → `command line`.
    fileprivate func replacingDashes() -> String {
        String(map { $0 == "-" ? " " : $0 })
    }
}
