import MeteorFormat
import Testing

@Suite struct DisplayTextTests {
    @Test(arguments: [
        ("plain", "plain"), ("a\tb", "a␉b"), ("a\nb", "a␊b"), ("\r\n", "␍␊"), ("\u{0}", "␀"),
        ("\u{7F}", "␡"), ("\u{85}", "\u{FFFD}"), ("\u{1B}[31m", "␛[31m"), ("日本", "日本"),
    ])
    func makesControlCharactersVisible(_ text: String, visible: String) {
        #expect(DisplayText.visible(text) == visible)
        #expect(
            DisplayWidth.of(DisplayText.visible(text))
                >= text.unicodeScalars.count(where: DisplayText.isControl))
    }

    @Test(arguments: [
        ("abc\u{202E}fed", "abc<U+202E>fed"), ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
        ("\u{200F}", "<U+200F>"), ("\u{61C}", "<U+061C>"),
    ])
    func makesBidiControlsVisible(_ text: String, visible: String) {
        #expect(DisplayText.visible(text) == visible)
        #expect(!visible.unicodeScalars.contains(where: DisplayText.isBidiControl))
    }
}
