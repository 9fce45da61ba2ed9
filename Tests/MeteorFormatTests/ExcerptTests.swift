import MeteorFormat
import Testing

/// A diagnostic quotes at most about 200 characters of its line and cuts huge names in its
/// message, so a bad 5 MB value never prints megabytes (issue 11, item 17).
@Suite struct ExcerptTests {
    private let huge = String(repeating: "x", count: 5_000_000)

    @Test func aHugeLineIsShownAsAWindowAroundTheCaret() throws {
        let error = try #require(
            thrownError { try TokenStreamParser().parse("a=1; k=\"\(huge)") })
        let text = error.description
        #expect(text.utf8.count < 800, "\(text.prefix(800))")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[3] == "1 | a=1; k=\"" + String(repeating: "x", count: 192) + "…")
        #expect(lines[4] == "  |        ^")
    }

    @Test func theWindowFollowsAProblemFarAlongTheLine() throws {
        let line = String(repeating: "a=1;", count: 900) + " b c=2"
        let error = try #require(thrownError { try TokenStreamParser().parse(line) })
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
        let shown = lines[3].dropFirst(4)
        let caret = lines[4].dropFirst(4)
        #expect(shown.hasPrefix("…") && shown.count <= 202)
        #expect(shown.hasSuffix("a=1; b c=2"))
        let column = caret.count - 1
        #expect(Array(shown)[column] == " ", "the caret stays under the space in `b c`")
    }

    @Test func aHugeNameInTheMessageIsCut() throws {
        let error = try #require(
            thrownError { try TokenStreamParser().parse("\(huge)=v") })
        #expect(error.kind == .limitExceeded)
        #expect(error.message.utf8.count < 400, "\(error.message.prefix(400))")
        #expect(error.message.contains("xxxx…xxxx"))
        #expect(error.description.utf8.count < 1_200)
    }

    @Test func shortMessagesAndLinesAreUntouched() {
        let diagnostic = Diagnostic(
            kind: .invalidKey, message: "key `a b` is bad", hint: "`use` something else")
        #expect(diagnostic.message == "key `a b` is bad")
        #expect(diagnostic.hint == "`use` something else")
    }

    @Test func aWholeFileLocationShowsTheNameAlone() {
        let error = MeteorError(.ioError, "cannot read `x`", at: .whole("dir/x"), hint: "h")
        #expect(error.location?.summary == "dir/x")
        #expect(error.description == "error[ioError]: cannot read `x`\n --> dir/x\n  = hint: h")
    }
}
