import MeteorFormat
import Testing

@Suite struct FinalLineBreakTests {
    @Test(arguments: [
        ("20\n", "20"), ("20\r\n", "20"), ("20", "20"), ("", ""), ("\n", ""),
        ("a\n\n", "a\n"), ("a\r\n\r\n", "a\r\n"), ("é\n", "é"), ("a\r", "a\r"),
    ])
    func dropsOneFinalLineBreak(_ text: String, expected: String) {
        #expect(FinalLineBreak.removed(from: text) == expected)
    }

    @Test func keepsTheLineBreakAnEditorKeptFromTheOriginal() {
        // vim and nano end every file with a line break: it is theirs, unless the value had one.
        #expect(FinalLineBreak.removed(from: "20\n", unlessEndingOf: "20") == "20")
        #expect(FinalLineBreak.removed(from: "a\nb\n", unlessEndingOf: "a") == "a\nb")
        #expect(FinalLineBreak.removed(from: "a\n", unlessEndingOf: "a\n") == "a\n")
        #expect(FinalLineBreak.removed(from: "a\r\n", unlessEndingOf: "b\r\n") == "a\r\n")
        #expect(FinalLineBreak.removed(from: "b", unlessEndingOf: "a\n") == "b")
    }
}
