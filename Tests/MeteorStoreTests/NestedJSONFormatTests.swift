import Testing

@testable import MeteorStore

@Suite struct NestedJSONFormatTests {
    private func failure(_ text: String) throws -> MeteorError {
        try #require(throws: MeteorError.self) {
            try NestedJSONFormat.decode(Array(text.utf8), file: "n.json")
        }
    }

    @Test func roundTripKeepsEntriesValuesAndOrder() throws {
        let engine = try ForeignFixtures.engineWithData()
        let entries = Array(engine.entries)
        let bytes = NestedJSONFormat.encode(entries)
        #expect(try NestedJSONFormat.decode(bytes, file: "x.json") == entries)
        let target = MeteorEngine()
        try ForeignImporter().apply(try NestedJSONFormat.decode(bytes, file: "x.json"), to: target)
        #expect(Array(target.entries) == entries)
        #expect(NestedJSONFormat.encode(target.entries) == bytes)
    }

    @Test func writesContextsNamespacesAndKeysWithRootAsEmptyName() throws {
        let entries = try [
            Fixtures.entry("app::r", "1"), Fixtures.entry("app:ui:list[0]", "a"),
            Fixtures.entry("app:ui:b", "b\n"), Fixtures.entry("user:main:t", "x"),
        ]
        let expected = """
            {
              "app": {
                "": {
                  "r": "1"
                },
                "ui": {
                  "list[0]": "a",
                  "b": "b\\n"
                }
              },
              "user": {
                "main": {
                  "t": "x"
                }
              }
            }

            """
        #expect(String(decoding: NestedJSONFormat.encode(entries), as: UTF8.self) == expected)
        #expect(try NestedJSONFormat.decode(Array(expected.utf8), file: "n") == entries)
        #expect(NestedJSONFormat.encode([]) == Array("{}\n".utf8))
    }

    @Test func readsMemberOrderAndEitherKeySpelling() throws {
        let entries = try NestedJSONFormat.decode(
            Array(
                #"{"z": {"b": {"y": "1", "list__i_2": "2"}, "a": {}}, "c": {"": {"k": "3"}}}"#.utf8),
            file: "n")
        #expect(entries.map(\.address.description) == ["z:b:y", "z:b:list[2]", "c::k"])
    }

    @Test func errorsNameTheLevelAndLocateTheName() throws {
        let notObject = try failure("{\"app\": \"x\"}")
        #expect(
            notObject.message == "context `app` holds a string; expected an object of namespaces")
        #expect(notObject.location?.summary == "n.json:1:9")
        let keyLevel = try failure("{\"app\": {\"ui\": [1]}}")
        #expect(keyLevel.message.contains("namespace `app:ui` holds an array"))
        let value = try failure("{\"app\": {\"ui\": {\"port\": 80}}}")
        #expect(value.message.contains("`app:ui:port` is a number (80)"))
        #expect(value.location?.summary == "n.json:1:25")
        let context = try failure("{\"1x\": {}}")
        #expect(context.kind == .invalidContext)
        #expect(context.location?.line == 1)
        let namespace = try failure("{\"app\": {\n  \"ui..w\": {}}}")
        #expect(namespace.kind == .emptyNamespacePart)
        #expect(namespace.location?.line == 2)
        let key = try failure("{\"app\": {\"ui\": {\"a=b\": \"x\"}}}")
        #expect(key.kind == .invalidKey)
        #expect(try failure("{\"app\": {}, \"app\": {}}").message == "context `app` appears twice")
        #expect(
            try failure("{\"app\": {\"ui\": {}, \"ui\": {}}}").message
                == "namespace `app:ui` appears twice")
        #expect(
            try failure("{\"app\": {\"ui\": {\"a\": \"1\", \"a\": \"2\"}}}").message.contains(
                "twice"))
        #expect(try failure("\"text\"").message.contains("the file holds a string"))
    }
}
