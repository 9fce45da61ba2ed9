extension Keymap {
    /// The bindings grouped by what they do, in table order: `y/Enter apply`, `n/Esc discard`.
    ///
    /// Bindings with the same action and help share one choice.
    ///
    /// - Parameter bindings: The bindings.
    /// - Returns: The choices.
    static func choices(_ bindings: [KeyBinding]) -> [KeyChoice] {
        var choices: [KeyChoice] = []
        var groups: [Action: [String: Int]] = [:]
        for binding in bindings {
            let help = shortHelp(binding.help)
            if let index = groups[binding.action]?[help] {
                choices[index].keys += "/" + binding.keyText
            } else {
                groups[binding.action, default: [:]][help] = choices.count
                choices.append(KeyChoice(keys: binding.keyText, help: help))
            }
        }
        return choices
    }

    /// Help text without the label the help overlay needs to tell scopes apart
    /// (`search: stay at the hit` → `stay at the hit`): where a scope's keys are shown, the
    /// scope is plain.
    static func shortHelp(_ help: String) -> String {
        guard let colon = help.firstRange(of: ": "), !help[..<colon.lowerBound].contains(" ") else {
            return help
        }
        return String(help[colon.upperBound...])
    }

    /// The hinted keys of a scope, grouped: a dialog's line of choices.
    ///
    /// - Parameters:
    ///   - scope: The dialog's or field's scope.
    ///   - excluding: Actions the dialog does not offer right now.
    /// - Returns: The choices.
    func choices(in scope: KeyBinding.Scope, excluding: Set<Action> = []) -> [KeyChoice] {
        Self.choices(
            bindings.filter { $0.scope == scope && $0.isHint && !excluding.contains($0.action) })
    }

    /// What the hint bar shows: the keys of the open dialog or field, else those of the
    /// focused pane.
    ///
    /// - Parameter state: The app state.
    /// - Returns: The choices.
    func hints(for state: AppState) -> [KeyChoice] {
        guard let scope = state.mode.keyScope else {
            return Self.choices(hints(for: state.focus))
        }
        return choices(in: scope, excluding: state.mode.unavailableActions)
    }

    /// Every key bound to an action in a scope, joined with `/` (`y/Enter`); nil when the
    /// action has no key.
    ///
    /// - Parameters:
    ///   - action: The action.
    ///   - scope: The scope.
    /// - Returns: The keys.
    public func keys(for action: Action, in scope: KeyBinding.Scope = .browse) -> String? {
        let texts = bindings.filter { $0.scope == scope && $0.action == action }.map(\.keyText)
        return texts.isEmpty ? nil : texts.joined(separator: "/")
    }

    /// The first key bound to an action in a scope (`u`); nil when the action has no key.
    ///
    /// - Parameters:
    ///   - action: The action.
    ///   - scope: The scope.
    /// - Returns: The key.
    public func key(for action: Action, in scope: KeyBinding.Scope = .browse) -> String? {
        bindings.first { $0.scope == scope && $0.action == action }?.keyText
    }

    /// A message followed by the keys that act on it: `deleted app:ui:x — u undoes`.
    ///
    /// A tip whose action has no key is left out, so a rebound or unbound key never shows
    /// a name that does nothing.
    ///
    /// - Parameters:
    ///   - text: The message.
    ///   - tips: Actions and what their key does: `(.undo, "undoes")`.
    ///   - scope: Where the keys are bound.
    /// - Returns: The message.
    func message(
        _ text: String, _ tips: [(Action, String)], in scope: KeyBinding.Scope = .browse
    ) -> String {
        let said = tips.compactMap { action, what in
            key(for: action, in: scope).map { "\($0) \(what)" }
        }
        return said.isEmpty ? text : "\(text) — \(said.joined(separator: ", "))"
    }
}
