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
}
