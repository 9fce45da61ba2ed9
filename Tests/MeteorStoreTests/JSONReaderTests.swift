import Testing

@testable import MeteorStore

/// Malformed JSON, each located at `file:line:column`.
@Suite struct JSONReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let kind: DiagnosticKind
        let at: String
        let message: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "", kind: .invalidDocument, at: "1:1", message: "the file is empty"),
        Case(text: "  \n ", kind: .invalidDocument, at: "2:2", message: "the file is empty"),
        Case(text: "{\"a\": \"1\",}", kind: .invalidDocument, at: "1:11", message: "member name"),
        Case(text: "{\"a\" \"1\"}", kind: .invalidDocument, at: "1:6", message: "`:`"),
        Case(
            text: "{\"a\": \"1\" \"b\"}", kind: .invalidDocument, at: "1:11", message: "`,` or `}`"),
        Case(text: "{\"a\": \"1\"", kind: .invalidDocument, at: "1:10", message: "file ends"),
        Case(text: "{\"a\": \"1}", kind: .unclosedQuote, at: "1:7", message: "never closes"),
        Case(text: "{\"a\": \"x\ny\"}", kind: .invalidDocument, at: "1:9", message: "control"),
        Case(text: "{\"a\": \"\\q\"}", kind: .invalidEscape, at: "1:8", message: "`\\q`"),
        Case(text: "{\"a\": \"\\u12\"}", kind: .invalidEscape, at: "1:8", message: "four"),
        Case(text: "{\"a\": \"\\uD83D\"}", kind: .invalidEscape, at: "1:8", message: "surrogate"),
        Case(text: "{\"a\": \"\\uDE80x\"}", kind: .invalidEscape, at: "1:8", message: "surrogate"),
        Case(text: "{\"a\": tru}", kind: .invalidDocument, at: "1:10", message: "`true`"),
        Case(text: "{\"a\": 01}", kind: .invalidDocument, at: "1:7", message: "start with 0"),
        Case(text: "{\"a\": -}", kind: .invalidDocument, at: "1:8", message: "a digit"),
        Case(text: "{\"a\": 'x'}", kind: .invalidDocument, at: "1:7", message: "a value"),
        Case(text: "{} {}", kind: .invalidDocument, at: "1:4", message: "after the JSON value"),
        Case(text: "{a: \"1\"}", kind: .invalidDocument, at: "1:2", message: "member name"),
        Case(text: "{\r\n\"a\": x}", kind: .invalidDocument, at: "2:6", message: "a value"),
    ]

    @Test(arguments: cases)
    func malformedInputIsLocated(_ example: Case) throws {
        let source = ForeignSource(bytes: Array(example.text.utf8), file: "f.json")
        let error = try #require(throws: MeteorError.self) { try JSONReader.parse(source) }
        #expect(error.kind == example.kind)
        #expect(error.location?.summary == "f.json:\(example.at)")
        #expect(error.message.contains(example.message), "\(error.message)")
    }

    @Test func invalidUTF8PointsAtTheByte() throws {
        let source = ForeignSource(
            bytes: Array("{\"a\":\n \"".utf8) + [0xFF, 0x22, 0x7D], file: "f")
        let error = try #require(throws: MeteorError.self) { try JSONReader.parse(source) }
        #expect(error.kind == .invalidUTF8)
        #expect(error.location?.line == 2)
    }

    @Test func deepNestingIsRefusedWithoutCrashing() throws {
        let text = String(repeating: "[", count: 100_000)
        let source = ForeignSource(bytes: Array(text.utf8), file: "f")
        let error = try #require(throws: MeteorError.self) { try JSONReader.parse(source) }
        #expect(error.message.contains("nests more than"))
    }

    @Test func keepsMemberOrderAndNumbersAsWritten() throws {
        let source = ForeignSource(
            bytes: Array("{\"b\": -1.5e+3, \"a\": [true, false, null], \"c\": {}}".utf8), file: "f")
        guard case .object(let members) = try JSONReader.parse(source).kind else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.name) == ["b", "a", "c"])
        guard case .number(let text) = members[0].value.kind else {
            Issue.record("not a number")
            return
        }
        #expect(text == "-1.5e+3")
    }
}
