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
                state.status = StatusMessage("copied \(bytes) \(unit): \(what)")
            } else {
                state.status = StatusMessage(
                    "kept \(bytes) \(unit) in the register (Ctrl-Y in the : line pastes it); "
                        + "the terminal clipboard was not reached")
            }
        default:
            break
        }
        return true
    }
}
