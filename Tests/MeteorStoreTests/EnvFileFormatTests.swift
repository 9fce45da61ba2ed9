import Testing

@testable import MeteorStore

@Suite struct EnvFileFormatTests {
    private let namespace = (try? Namespace(validating: "env")) ?? .main

    private func decode(_ text: String, limits: Limits = .active) throws -> [Entry] {
        try EnvFileFormat.decode(
            Array(text.utf8), file: ".env", context: .app, namespace: namespace, limits: limits)
    }

    private func failure(_ text: String) throws -> MeteorError {
        try #require(throws: MeteorError.self) { try decode(text) }
    }

    @Test func readsEverySyntax() throws {
        let text =
            "\u{FEFF}# comment\r\n\r\n   \r\nexport DB_HOST=localhost\r\nPORT = 5432   # trailing\r\n"
            + "EMPTY=\nHASH=a#b\nSPACED=  two words  \n"
            + "DQ=\"Hello,\\n\\\"world\\\" \\\\ \\t\\r\" # after\nSQ='C:\\raw\\n \"x\" # no comment'\n"
            + "  indented=1\nexport=not a keyword\nlist[0]=bracket\ndatabase.host=dots\nEQ=a=b\n"
            + "ONLYCOMMENT= # nothing\nLAST=no newline"
        let entries = try decode(text)
        #expect(
            entries.map(\.key.bracket) == [
                "DB_HOST", "PORT", "EMPTY", "HASH", "SPACED", "DQ", "SQ", "indented", "export",
                "list[0]", "database.host", "EQ", "ONLYCOMMENT", "LAST",
            ])
        #expect(
            entries.map(\.value) == [
                "localhost", "5432", "", "a#b", "two words", "Hello,\n\"world\" \\ \t\r",
                "C:\\raw\\n \"x\" # no comment", "1", "not a keyword", "bracket", "dots", "a=b", "",
                "no newline",
            ])
        #expect(entries.allSatisfy { $0.context == .app && $0.namespace == namespace })
    }

    @Test func roundTripKeepsKeysValuesAndOrder() throws {
        let engine = try ForeignFixtures.engineWithData()
        let ui = try Namespace(validating: "ui")
        let entries = Array(engine.entries(in: .app, ui))
        let bytes = EnvFileFormat.encode(entries)
        let back = try EnvFileFormat.decode(bytes, file: ".env", context: .app, namespace: ui)
        #expect(back == entries)
        let small = try [
            Fixtures.entry("app:env:A", "plain-1.2:3"), Fixtures.entry("app:env:B", "two words"),
            Fixtures.entry("app:env:C", "it's\n"), Fixtures.entry("app:env:D", ""),
        ]
        #expect(
            String(decoding: EnvFileFormat.encode(small), as: UTF8.self)
                == "A=plain-1.2:3\nB='two words'\nC=\"it's\\n\"\nD=\n")
    }

    @Test func invalidKeyNamesLineAndColumn() throws {
        let error = try failure("OK=1\n  my:key=2\n")
        #expect(error.kind == .invalidKey)
        #expect(error.location?.summary == ".env:2:5")
        let lines = error.description.split(separator: "\n").map(String.init)
        #expect(lines.contains("2 |   my:key=2"))
        #expect(lines.contains("  |     ^"))
        #expect(try failure("=value").kind == .emptyKey)
        #expect(try failure("a[=1").kind == .invalidBracket)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let kind: DiagnosticKind
        let at: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "JUSTKEY", kind: .missingEquals, at: "1:1"),
        Case(text: "A=1\nMY KEY=1", kind: .missingEquals, at: "2:4"),
        Case(text: "A=\"open", kind: .unclosedQuote, at: "1:3"),
        Case(text: "A='open", kind: .unclosedQuote, at: "1:3"),
        Case(text: "A=\"two\nlines\"", kind: .unclosedQuote, at: "1:3"),
        Case(text: "A=\"bad \\q\"", kind: .invalidEscape, at: "1:8"),
        Case(text: "A=\"x\" y", kind: .textAfterQuote, at: "1:7"),
        Case(text: "A='x'#c", kind: .textAfterQuote, at: "1:6"),
        Case(text: "A=1\r\nA=2", kind: .invalidDocument, at: "2:1"),
        Case(text: "list[]=x", kind: .invalidKey, at: "1:1"),
    ]

    @Test(arguments: cases)
    func malformedLinesAreLocated(_ example: Case) throws {
        let error = try failure(example.text)
        #expect(error.kind == example.kind, "\(error)")
        #expect(error.location?.summary == ".env:\(example.at)", "\(error)")
    }

    @Test func invalidUTF8AndLimits() throws {
        let bytes = Array("A=1\nB=".utf8) + [0xC3]
        let error = try #require(throws: MeteorError.self) {
            try EnvFileFormat.decode(bytes, file: ".env")
        }
        #expect(error.kind == .invalidUTF8)
        #expect(error.location?.summary == ".env:2:3")
        var limits = Limits.active
        limits.valueLength = 2
        let long = try #require(throws: MeteorError.self) { try decode("A=abc", limits: limits) }
        #expect(long.diagnostic.limit == .valueLength)
        #expect(long.location?.summary == ".env:1:3")
    }
}
