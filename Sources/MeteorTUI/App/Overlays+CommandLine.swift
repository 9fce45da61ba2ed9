import MeteorKit

extension Overlays {
    /// Draws the `:` field, the output box or the message log; returns where the text cursor
    /// goes.
    static func renderCommandLine(
        _ state: AppState, reducer: Reducer, into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        let regions = Screen.layout(state.size)
        let screen = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)
        switch state.mode {
        case .commandLine(let line):
            return CommandLineView(
                line: line, cursor: reducer.document.engine.cursor.position,
                nextKey: reducer.keymap.key(for: .complete(forward: true), in: .commandLine)
            ).render(in: regions.hints, screen: screen, into: &buffer)
        case .commandOutput, .messageLog:
            textBox(state, keymap: reducer.keymap)?.render(size: state.size, into: &buffer)
            return nil
        default:
            return nil
        }
    }

    /// The box of the output or message-log mode; nil in other modes.
    static func textBox(_ state: AppState, keymap: Keymap) -> TextBoxView? {
        let keys = keymap.choices(in: .output)
        switch state.mode {
        case .commandOutput(let output):
            let role: ThemeRole =
                switch output.tone {
                case .output: .text
                case .warning: .warning
                case .error: .error
                }
            return TextBoxView(
                title: ":\(output.command)", lines: output.lines, role: { _ in role },
                scrollTop: output.scrollTop, keys: keys)
        case .messageLog(let scrollTop):
            let entries = state.messages.entries
            guard !entries.isEmpty else {
                return TextBoxView(
                    title: "Messages (0)", lines: ["(no messages yet)"], role: { _ in .muted },
                    scrollTop: 0, keys: keys)
            }
            return TextBoxView(
                title: "Messages (\(entries.count.grouped), newest last)",
                lines: entries.map(\.text), role: { entries[$0].isError ? .error : .text },
                scrollTop: scrollTop, keys: keys)
        default:
            return nil
        }
    }
}
