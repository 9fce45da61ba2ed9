extension Overlays {
    /// Draws the `:` field or the output box; returns where the text cursor goes.
    static func renderCommandLine(
        _ state: AppState, reducer: Reducer, into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        let regions = Screen.layout(state.size)
        let screen = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)
        switch state.mode {
        case .commandLine(let line):
            return CommandLineView(line: line).render(
                in: regions.hints, screen: screen, into: &buffer)
        case .commandOutput(let output):
            let area = Rect(
                x: 0, y: 0, width: state.size.width, height: max(0, state.size.height - 2))
            CommandOutputView(output: output).render(in: area, into: &buffer)
            return nil
        default:
            return nil
        }
    }
}
