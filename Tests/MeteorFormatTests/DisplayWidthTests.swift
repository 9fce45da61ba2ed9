import MeteorFormat
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0), ("abc", 3), ("日本", 4), ("ｱ", 1), ("Ａ", 2), ("한", 2), ("😀", 2), ("👍🏽", 2),
        ("👨‍👩‍👧", 2), ("e\u{301}", 1), ("\u{301}", 0), ("\u{200B}", 0), ("\u{1}", 0),
        ("☺\u{FE0F}", 2), ("é日😀a", 6),
    ])
    func measuresTerminalCells(_ text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}
