import MeteorFormat

extension Overlays {
    /// The save-as path field, or the question before an existing file is replaced.
    static func saveAsOverlay(
        _ saveAs: SaveAsState, in area: Rect, into buffer: inout ScreenBuffer
    ) -> (column: Int, row: Int)? {
        if saveAs.confirmsOverwrite {
            DialogView(
                title: "Replace file?",
                lines: [
                    ("\(saveAs.editor.text) exists already.", .warning),
                    ("Replacing it loses what that file holds now.", .text),
                ], choices: "y/Enter replace   n/Esc change the path"
            )
            .render(in: area, into: &buffer)
            return nil
        }
        var notes: [(String, ThemeRole)] = []
        if let problem = saveAs.problem {
            // Store errors name whole paths: wrap them rather than clip them.
            let width = min(area.width, 72) - 2
            notes += problem.split(separator: "\n").flatMap { wrap(String($0), width: width) }
                .map { ($0, ThemeRole.error) }
        }
        notes.append(
            ("The document then lives in the new file; the old one is left as it is.", .muted))
        notes.append(("Enter saves · Esc goes back", .muted))
        return field(
            title: "Save as", label: "path", editor: saveAs.editor, notes: notes, in: area,
            into: &buffer)
    }

    /// Splits text into lines of at most `width` columns, at spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(word)
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            // A word longer than a line (a long path) is cut.
            while DisplayWidth.of(word) > width {
                let head = String(word.prefix(width))
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            line = word
        }
        lines.append(line)
        return lines
    }
}
