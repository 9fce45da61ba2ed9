import Testing

@testable import MeteorTUI

@Suite struct LineEditorTests {
    @Test func insertsAtTheCursorAndMoves() {
        var editor = LineEditor("ac")
        _ = editor.handle(.left)
        _ = editor.handle(.character("b"))
        #expect(editor.text == "abc")
        #expect(editor.cursor == 2)
        _ = editor.handle(.home)
        _ = editor.handle(.delete)
        #expect(editor.text == "bc")
    }

    @Test func wordMotionsAndKills() {
        var editor = LineEditor("hello big world")
        _ = editor.handle(.alt("b"))
        #expect(editor.cursor == 10)
        _ = editor.handle(.control("w"))
        #expect(editor.text == "hello world")
        _ = editor.handle(.control("k"))
        #expect(editor.text == "hello ")
        _ = editor.handle(.control("a"))
        _ = editor.handle(.alt("f"))
        #expect(editor.cursor == 5)
        _ = editor.handle(.control("u"))
        #expect(editor.text == " ")
    }

    @Test func emojiIsOneCharacter() {
        var editor = LineEditor("a👋")
        _ = editor.handle(.backspace)
        #expect(editor.text == "a")
        editor.insert("日本")
        #expect(editor.text == "a日本")
        #expect(editor.cursor == 3)
    }

    @Test func unknownKeysAreNotUsed() {
        var editor = LineEditor()
        let usedF5 = editor.handle(.function(5))
        let usedBackspace = editor.handle(.backspace)
        #expect(!usedF5)
        #expect(usedBackspace)
    }
}
