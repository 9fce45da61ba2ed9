import Testing

@testable import MeteorStore

@Suite struct FlatJSONFormatTests {
    private func decode(_ text: String, limits: Limits = .active) throws -> [Entry] {
        try FlatJSONFormat.decode(Array(text.utf8), file: "t.json", limits: limits)
    }

    private func failure(_ text: String, limits: Limits = .active) throws -> MeteorError {
        try #require(throws: MeteorError.self) { try decode(text, limits: limits) }
    }

    @Test func roundTripKeepsEntriesValuesAndOrder() throws {
        let engine = try ForeignFixtures.engineWithData()
        let entries = Array(engine.entries)
        let bytes = FlatJSONFormat.encode(entries)
        #expect(try FlatJSONFormat.decode(bytes, file: "x.json") == entries)
        let target = MeteorEngine()
        try ForeignImporter().apply(try FlatJSONFormat.decode(bytes, file: "x.json"), to: target)
        #expect(Array(target.entries) == entries)
        #expect(FlatJSONFormat.encode(target.entries) == bytes)
    }

    @Test func writesOneMemberPerLineInBracketForm() throws {
        let entries = try [
            Fixtures.entry("app:ui:list[0]", "a \"q\"\n"), Fixtures.entry("app::r", "\u{1}\t"),
        ]
        #expect(
            String(decoding: FlatJSONFormat.encode(entries), as: UTF8.self)
                == "{\n  \"app:ui:list[0]\": \"a \\\"q\\\"\\n\",\n  \"app::r\": \"\\u0001\\t\"\n}\n"
        )
        #expect(FlatJSONFormat.encode([]) == Array("{}\n".utf8))
    }

    @Test func readsMemberOrderShortPathsFlatSpellingEscapesCRLFAndBOM() throws {
        let text =
            "\u{FEFF}{\r\n  \"z\": \"1\",\r\n  \"ctx:a\": \"2\",\r\n  \"app::b\": \"\\u00e9\\uD83D\\uDE80\\/\",\r\n"
            + "  \"app:ui:list__i_0\": \"\"\r\n}\r\n"
        let entries = try decode(text)
        #expect(
            entries.map(\.address.description) == [
                "app:main:z", "ctx:main:a", "app::b", "app:ui:list[0]",
            ])
        #expect(entries.map(\.value) == ["1", "2", "é🚀/", ""])
        #expect(try decode("{}").isEmpty)
    }

    @Test func nonStringValueNamesTheKeyAndTheJSONType() throws {
        let error = try failure("{\n  \"app:ui:port\": 8080\n}")
        #expect(error.kind == .invalidDocument)
        #expect(
            error.description == """
                error[invalidDocument]: the value of `app:ui:port` is a number (8080); values must be JSON strings
                 --> t.json:2:18
                  |
                2 |   "app:ui:port": 8080
                  |                  ^^^^
                  = hint: quote it to keep it as text: "8080"
                """)
        #expect(try failure("{\"a\": true}").message.contains("a boolean (true)"))
        #expect(try failure("{\"a\": null}").message.contains("is null"))
        #expect(try failure("{\"a\": {\"b\": \"c\"}}").message.contains("an object"))
        #expect(try failure("{\"a\": [\"b\"]}").message.contains("an array"))
        #expect(try failure("[\"a\"]").message.contains("found an array"))
    }

    @Test func invalidKeyPathIsLocatedInsideTheName() throws {
        let error = try failure("{\"app:ui:a b\": \"x\"}")
        #expect(error.kind == .invalidKey)
        #expect(error.location?.summary == "t.json:1:11")
        let namespace = try failure("{\n\"app:ui.ctl:k\": \"x\"}")
        #expect(namespace.kind == .reservedNamespacePart)
        #expect(namespace.location?.summary == "t.json:2:9")
        #expect(try failure("{\"app:ui:\": \"x\"}").kind == .invalidKey)
        #expect(try failure("{\"a:b:c:d\": \"x\"}").kind == .tooManyParts)
    }

    @Test func duplicateAndAppendKeysAreRefused() throws {
        let twice = try failure("{\"app:ui:list[0]\": \"a\",\n \"app:ui:list__i_0\": \"b\"}")
        #expect(twice.kind == .invalidDocument)
        #expect(twice.message == "`app:ui:list[0]` appears twice (first on line 1)")
        #expect(twice.location?.summary == "t.json:2:2")
        let append = try failure("{\"app:ui:list[]\": \"a\"}")
        #expect(append.kind == .invalidKey)
        #expect(append.location?.summary == "t.json:1:2")
    }

    @Test func profileLimitsApply() throws {
        var limits = Limits.active
        limits.valueLength = 3
        let long = try failure("{\"a\": \"abcd\"}", limits: limits)
        #expect(long.kind == .limitExceeded)
        #expect(long.diagnostic.limit == .valueLength)
        #expect(long.location?.summary == "t.json:1:7")
        limits = .active
        limits.contexts = 1
        let contexts = try failure("{\"a:k\": \"1\", \"b:k\": \"2\"}", limits: limits)
        #expect(contexts.diagnostic.limit == .contexts)
        limits = .active
        limits.keyLength = 2
        #expect(try failure("{\"abc\": \"1\"}", limits: limits).diagnostic.limit == .keyLength)
    }
}
