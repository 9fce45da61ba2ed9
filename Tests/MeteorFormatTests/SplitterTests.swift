import Testing

@testable import MeteorFormat

@Suite struct SplitterTests {
    /// A segment as the tests see it: its text, and whether `:;:` ended it.
    struct Piece: Equatable, CustomStringConvertible {
        var text: String
        var endsMeteor: Bool
        var description: String { endsMeteor ? "\(text)|:;:" : text }
    }

    private func split(_ text: String) throws(MeteorError) -> [Piece] {
        let bytes = Array(text.utf8)
        let span = bytes.span
        var splitter = Splitter()
        var pieces: [Piece] = []
        while let segment = try splitter.next(in: span) {
            pieces.append(Piece(text: span.string(segment.range), endsMeteor: segment.endsMeteor))
        }
        return pieces
    }

    @Test(arguments: [
        ("a=1;b=2", ["a=1", "b=2"]),
        ("a=1;;b=2", ["a=1", "", "b=2"]),
        ("a=1;", ["a=1"]),
        ("", []),
        (";", [""]),
        (" ; ", [" ", " "]),
        (#"msg="a;b";c=1"#, [#"msg="a;b""#, "c=1"]),
        ("msg='a;b';c=1", ["msg='a;b'", "c=1"]),
        (#"k="a\";b";c=1"#, [#"k="a\";b""#, "c=1"]),
        ("k=it's;b='x'", ["k=it's", "b='x'"]),
        (#"k=a"b;c"#, [#"k=a"b"#, "c"]),
        (#""k;x"=1"#, [#""k"#, #"x"=1"#]),
        ("k=a\nb;c", ["k=a\nb", "c"]),
    ])
    func splitsAtSemicolonsOutsideQuotes(_ text: String, expected: [String]) throws {
        let pieces = try split(text)
        #expect(pieces.map(\.text) == expected)
        #expect(pieces.allSatisfy { !$0.endsMeteor })
    }

    @Test(arguments: [
        ("a:b:k=1 :;: c:d:k=2", ["a:b:k=1 |:;:", " c:d:k=2"]),
        ("a:b:k=1:;:c:d:k=2", ["a:b:k=1|:;:", "c:d:k=2"]),
        (#"a:b:k="x :;: y" :;: c"#, [#"a:b:k="x :;: y" |:;:"#, " c"]),
        ("a:b:k='x:;:y';z=1", ["a:b:k='x:;:y'", "z=1"]),
        ("x=1 :;:", ["x=1 |:;:"]),
        (":;::;:", ["|:;:", "|:;:"]),
        ("k=a:;", ["k=a:"]),
        ("k=:;:", ["k=|:;:"]),
    ])
    func splitsMeteorsAtColonSemicolonColonOutsideQuotes(_ text: String, expected: [String]) throws
    {
        #expect(try split(text).map(\.description) == expected)
    }

    @Test func recordsTheShapeOfTheValue() throws {
        let text = #"k = "v\"x"  trailing;bare=a"#
        let bytes = Array(text.utf8)
        let span = bytes.span
        var splitter = Splitter()
        let first = try #require(try splitter.next(in: span))
        #expect(first.equals == 2)
        #expect(first.quoteStart == 4)
        #expect(first.quoteEnd == 9)
        #expect(first.textAfterQuote == 12)
        #expect(first.lineBreak == nil)
        let second = try #require(try splitter.next(in: span))
        #expect(span.string(second.range) == "bare=a")
        #expect(second.quoteStart == nil)
        #expect(try splitter.next(in: span) == nil)
    }

    @Test func onlyTheFirstEqualsSignStartsTheValue() throws {
        let bytes = Array(#"a=b="c""#.utf8)
        var splitter = Splitter()
        let segment = try #require(try splitter.next(in: bytes.span))
        #expect(segment.equals == 1)
        #expect(segment.quoteStart == nil)
    }

    @Test(arguments: [
        (#"k="open"#, 3, #"the value opened with " never closes"#),
        ("k='open", 3, "the value opened with ' never closes"),
        (#"a=1;b=2;c= "x\""#, 12, #"the value opened with " never closes"#),
        (#"k="a\"#, 3, #"the value opened with " never closes"#),
    ])
    func unclosedQuoteIsAnError(_ text: String, column: Int, message: String) throws {
        let error = try #require(throws: MeteorError.self) { try split(text) }
        #expect(error.kind == .unclosedQuote)
        #expect(error.message == message)
        #expect(error.location?.column == column)
    }

    @Test func startingInValueScansOneValue() throws {
        let bytes = Array("  \"x\" ".utf8)
        var splitter = Splitter(startingInValue: true)
        let segment = try #require(try splitter.next(in: bytes.span))
        #expect(segment.quoteStart == 2)
        #expect(segment.quoteEnd == 4)
        #expect(segment.textAfterQuote == nil)
        let empty: [UInt8] = []
        var emptySplitter = Splitter(startingInValue: true)
        #expect(try emptySplitter.next(in: empty.span)?.range == 0..<0)
    }
}
