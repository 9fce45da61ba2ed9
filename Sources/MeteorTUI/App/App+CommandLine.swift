extension App {
    /// Runs the effects of the `:` line and of `y`/`Y`; returns false when later effects
    /// must not run.
    func runCommandLine(_ effect: Effect) -> Bool {
        switch effect {
        case .runCommand(let line):
            guard let commands = reducer.commands else { return true }
            let reply = commands.run(line)
            var effects = reducer.commandFinished(line, reply: reply, state: &state)
            while !effects.isEmpty {
                let next = effects.removeFirst()
                guard run(next) else { return false }
            }
        case .copy(let text, let what):
            let bytes = text.utf8.count
            let unit = bytes == 1 ? "byte" : "bytes"
            if clipboard.copy(text) {
                state.status = StatusMessage("copied \(bytes.grouped) \(unit): \(what)")
            } else {
                let paste = reducer.keymap.key(for: .pasteRegister, in: .commandLine).map {
                    " (\($0) in the : line pastes it)"
                }
                state.status = StatusMessage(
                    "kept \(bytes.grouped) \(unit) in the register\(paste ?? ""); "
                        + "the terminal clipboard was not reached")
            }
        default:
            break
        }
        return true
    }
}
