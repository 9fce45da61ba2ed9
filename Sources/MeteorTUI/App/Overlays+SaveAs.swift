extension Overlays {
    /// The save-as path field, or the question before an existing file is replaced.
    static func saveAsOverlay(
        _ saveAs: SaveAsState, state: AppState, reducer: Reducer, in area: Rect,
        into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        if saveAs.confirmsOverwrite {
            DialogView(
                title: "Replace file?",
                lines: [
                    ("\(saveAs.editor.text) exists already.", .warning),
                    ("Replacing it loses what that file holds now.", .text),
                ], choices: choices(state, reducer)
            )
            .render(in: area, into: &buffer)
            return nil
        }
        var notes: [(String, ThemeRole)] = []
        if let problem = saveAs.problem {
            notes.append((problem, .error))
        }
        notes.append(
            ("The document then lives in the new file; the old one is left as it is.", .muted))
        notes.append(keysNote(.saveAsField, reducer))
        return field(
            title: "Save as", label: "path", editor: saveAs.editor, notes: notes, in: area,
            into: &buffer)
    }
}
