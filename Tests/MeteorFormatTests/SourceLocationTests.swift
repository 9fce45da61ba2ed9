import MeteorFormat
import Testing

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
