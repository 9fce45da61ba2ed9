import Testing

@testable import MeteorTUI

@Suite struct TextFieldViewTests {
    /// The window as the field drew it before: skip characters one by one, measuring the whole
    /// prefix each time, until the cursor fits (quadratic in the cursor's position).
    func referenceWindow(_ editor: LineEditor, width: Int, layout: CellLayout) -> (Int, Int) {
        let characters = editor.characters
        let before = layout.width(of: String(characters.prefix(editor.cursor)))
        var skip = 0
        while before - layout.width(of: String(characters.prefix(skip))) >= width { skip += 1 }
        return (skip, before - layout.width(of: String(characters.prefix(skip))))
    }

    func editor(_ text: String, cursor: Int) -> LineEditor {
        var editor = LineEditor(text)
        _ = editor.handle(.home)
        for _ in 0..<cursor { _ = editor.handle(.right) }
        return editor
    }

    @Test func scrollsExactlyAsFarAsTheCursorNeeds() {
        let layout = CellLayout()
        let alphabet: [Character] = ["a", "b", " ", "漢", "é", "🚀", "\t", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = String(
                (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
            let field = editor(text, cursor: Int.random(in: 0...length, using: &generator))
            let width = Int.random(in: 1...12, using: &generator)
            let window = TextFieldView.window(field, width: width, layout: layout)
            let (start, column) = referenceWindow(field, width: width, layout: layout)
            #expect(window.characters.lowerBound == start, "\(text.debugDescription) \(width)")
            #expect(window.cursorColumn == column)
            #expect(window.cursorColumn < width)
        }
    }

    @Test func aLongValueIsMeasuredOnlyAroundTheWindow() {
        let text = String(repeating: "0123456789", count: 6_000)
        var field = LineEditor(text)
        var window = TextFieldView.window(field, width: 60, layout: CellLayout())
        #expect(window.characters == 59_941..<60_000)
        #expect(window.cursorColumn == 59)
        _ = field.handle(.home)
        window = TextFieldView.window(field, width: 60, layout: CellLayout())
        #expect(window.characters == 0..<60)
        #expect(window.cursorColumn == 0)
    }

    @Test func drawsTheWindowAndReturnsTheCursor() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 1))
        let field = editor("hello wide 漢字 world", cursor: 13)
        let cursor = TextFieldView(editor: field, role: .input).render(
            in: Rect(x: 1, y: 0, width: 10, height: 1), into: &buffer)
        #expect(buffer.lines == [" wide 漢字"])
        #expect(cursor?.column == 10)
    }
}
