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

@Suite struct SourceLocationTests {
    private func locate(_ text: String, offset: Int, length: Int = 1) -> MeteorFormat.SourceLocation
    {
        let bytes = Array(text.utf8)
        return .locate(in: bytes.span, offset: offset, byteLength: length, segment: 2, meteor: 3)
    }

    @Test func countsColumnsInCharacters() {
        let location = locate("日本=x", offset: 6)
        #expect(location.column == 3)
        #expect(location.line == 1)
        #expect(location.lineText == "日本=x")
        #expect(location.segment == 2)
        #expect(location.meteor == 3)
    }

    @Test func findsTheLineAndItsText() {
        let location = locate("a=1;\r\nbb=2;\ncc", offset: 13, length: 1)
        #expect(location.line == 3)
        #expect(location.column == 2)
        #expect(location.lineText == "cc")
        let second = locate("a=1;\r\nbb=2;\ncc", offset: 6, length: 2)
        #expect(second.line == 2)
        #expect(second.lineText == "bb=2;")
        #expect(second.length == 2)
    }

    @Test func lengthStopsAtTheEndOfTheLineAndIsAtLeastOne() {
        #expect(locate("abc\ndef", offset: 1, length: 10).length == 2)
        #expect(locate("abc", offset: 3, length: 0).length == 1)
        #expect(locate("abc", offset: 99).column == 4)
    }

    @Test(arguments: [
        (
            MeteorFormat.SourceLocation(file: "f.meteor", segment: 2, line: 4, column: 5),
            "f.meteor:4:5"
        ),
        (.init(meteor: 2, segment: 3, column: 7), "meteor 2, segment 3, column 7"),
        (.init(segment: 3, line: 2, column: 1), "segment 3, line 2, column 1"),
        (.init(column: 9), "column 9"),
    ])
    func summarizesForPeople(_ location: MeteorFormat.SourceLocation, summary: String) {
        #expect(location.summary == summary)
    }
}
