extension Reducer {
    /// Tab: completes the word under the cursor; repeated Tabs cycle through the candidates
    /// (Shift-Tab backwards), which a list above the field shows.
    ///
    /// One candidate is taken at once (with a space after it, unless it is a path that goes
    /// on, ending in `:`). Several are first narrowed to their common prefix, if that adds
    /// anything; the next Tab puts the first candidate in the field.
    func complete(_ line: inout CommandLineState, backwards: Bool, state: inout AppState)
        -> [Effect]
    {
        if var cycle = line.completion, cycle.candidates.count > 1 {
            let count = cycle.candidates.count
            let next: Int
            if let selected = cycle.selected {
                next = backwards ? (selected + count - 1) % count : (selected + 1) % count
            } else {
                next = backwards ? count - 1 : 0
            }
            cycle.selected = next
            line.editor = Self.replacing(
                line.editor, from: cycle.wordStart, with: cycle.candidates[next])
            line.completion = cycle
            return []
        }
        guard let commands else { return [.bell] }
        let completion = commands.completions(for: line.editor.text, cursor: line.editor.cursor)
        let start = min(completion.word.lowerBound, line.editor.cursor)
        switch completion.candidates.count {
        case 0:
            line.completion = nil
            state.status = StatusMessage("no completions", isError: true)
            return [.bell]
        case 1:
            let only = completion.candidates[0]
            line.editor = Self.replacing(
                line.editor, from: start, with: only.hasSuffix(":") ? only : only + " ")
            line.completion = nil
        default:
            let typed = line.editor.cursor - start
            let prefix = completion.commonPrefix
            var cycle = CompletionCycle(
                candidates: completion.candidates, selected: nil, wordStart: start)
            if prefix.count > typed {
                line.editor = Self.replacing(line.editor, from: start, with: prefix)
            } else {
                cycle.selected = 0
                line.editor = Self.replacing(
                    line.editor, from: start, with: completion.candidates[0])
            }
            line.completion = cycle
        }
        return []
    }

    /// The field with the characters from `start` to the cursor replaced by `text`, and the
    /// cursor after it.
    static func replacing(_ editor: LineEditor, from start: Int, with text: String) -> LineEditor {
        let characters = editor.characters
        let before = String(characters[..<min(start, editor.cursor)])
        let after = String(characters[editor.cursor...])
        var result = LineEditor(before + text + after)
        for _ in 0..<after.count { _ = result.handle(.left) }
        return result
    }
}
