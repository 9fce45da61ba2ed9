/// The one-line key hint bar: the keys of the open dialog or field, else of the focused
/// pane, generated from the keymap.
struct HintBar {
    var hints: [KeyChoice]

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        ChoiceLine(choices: hints, gap: "  ", textRole: .hintBar).render(
            column: area.x + 1, row: area.y, maxWidth: area.width - 1, into: &buffer)
    }
}
