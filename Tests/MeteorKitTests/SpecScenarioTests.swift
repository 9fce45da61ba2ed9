import Testing

@testable import MeteorKit

/// Every example table of SPEC §5, §6 and §9, row by row.
@Suite struct SpecScenarioTests {
    struct TokenRow: Sendable, CustomTestStringConvertible {
        var start: String
        var stream: String
        var entries: [String]
        var cursor: String
        var error: DiagnosticKind?
        var testDescription: String { stream }
    }

    static let tokenRows: [TokenRow] = [
        TokenRow(
            start: "app:main", stream: "button=click; ns=ui; theme=dark",
            entries: ["app:main:button=click", "app:ui:theme=dark"], cursor: "app:ui"),
        TokenRow(
            start: "app:ui", stream: "size=large; ctx=user; profile=admin",
            entries: ["app:ui:size=large", "user:ui:profile=admin"], cursor: "user:ui"),
        TokenRow(
            start: "app:main", stream: "ui:button=click", entries: ["app:ui:button=click"],
            cursor: "app:main"),
        TokenRow(
            start: "app:main", stream: "user:prefs:theme=dark",
            entries: ["user:prefs:theme=dark"], cursor: "app:main"),
        TokenRow(
            start: "app:main", stream: "a=1; ctl:delete=app:main:a", entries: [],
            cursor: "app:main"),
        TokenRow(
            start: "app:main", stream: "ns=ui; ctl:reset=cursor; x=1", entries: ["app:main:x=1"],
            cursor: "app:main"),
        TokenRow(
            start: "app:main", stream: "a=1; b", entries: [], cursor: "app:main",
            error: .missingEquals),
        TokenRow(
            start: "app:main", stream: "key=\"a=b\"", entries: ["app:main:key=a=b"],
            cursor: "app:main"),
        TokenRow(
            start: "app:main", stream: "ns=a.b.c.d.e.f; k=v", entries: [], cursor: "app:main",
            error: .namespaceTooDeep),
    ]

    private func cursor(_ position: String) throws -> Cursor {
        let parts = position.split(separator: ":", omittingEmptySubsequences: false)
        return Cursor(context: try ctx(String(parts[0])), namespace: try ns(String(parts[1])))
    }

    @Test(arguments: tokenRows)
    func tokenStreamTable(row: TokenRow) throws {
        let engine = MeteorEngine()
        engine.cursor = try cursor(row.start)
        if let kind = row.error {
            expectError(kind) { try engine.process(tokenStream: row.stream) }
        } else {
            try engine.process(tokenStream: row.stream)
        }
        #expect(dump(engine) == row.entries)
        #expect(engine.cursor == (try cursor(row.cursor)))
    }

    @Test(arguments: tokenRows)
    func tokenStreamTableThroughExecute(row: TokenRow) throws {
        let engine = MeteorEngine()
        engine.cursor = try cursor(row.start)
        if let kind = row.error {
            expectError(kind) { try engine.execute(.processTokenStream(row.stream)) }
            #expect(engine.history.lastCommand?.succeeded == false)
        } else {
            try engine.execute(.processTokenStream(row.stream))
            #expect(engine.history.lastCommand?.succeeded == true)
        }
        #expect(dump(engine) == row.entries)
        #expect(engine.cursor == (try cursor(row.cursor)))
    }

    @Test func missingEqualsNamesTheSegment() throws {
        let engine = MeteorEngine()
        do {
            try engine.process(tokenStream: "a=1; b")
            Issue.record("accepted")
        } catch {
            #expect(error.location?.segment == 2)
        }
    }

    static let meteorRows: [(stream: String, entries: [String], error: DiagnosticKind?)] = [
        (
            "app:ui:button=click;theme=dark :;: user:main:profile=admin",
            ["app:ui:button=click", "app:ui:theme=dark", "user:main:profile=admin"], nil
        ),
        ("app:ui:msg=\"a :;: b\"", ["app:ui:msg=a :;: b"], nil),
        ("button=click", [], .notFullyQualified),
        ("app:ui:=v", [], .emptyKey),
        ("app:ui:k=\"unclosed", [], .unclosedQuote),
    ]

    @Test(arguments: meteorRows)
    func meteorStreamTable(stream: String, entries: [String], error: DiagnosticKind?) throws {
        let engine = MeteorEngine()
        engine.cursor = Cursor(context: try ctx("user"), namespace: try ns("x"))
        if let error {
            expectError(error) { try engine.process(meteorStream: stream) }
        } else {
            try engine.process(meteorStream: stream)
        }
        #expect(dump(engine) == entries)
        #expect(engine.cursor.position == "user:x")
    }

    // MARK: - §9

    @Test func indexTable() throws {
        let engine = MeteorEngine()
        try engine.set("app:ui:a.b.c", "file")
        try engine.set("app:ui:index", "root default")
        try engine.set("app:ui:a.index", "a default")
        let rows: [(path: String, directory: Bool, file: Bool, value: String?)] = [
            ("app:ui", true, false, "root default"),
            ("app:ui:a", true, false, "a default"),
            ("app:ui:a.b", true, false, nil),
            ("app:ui:a.b.c", false, true, nil),
        ]
        for row in rows {
            #expect(try engine.isDirectory(row.path) == row.directory, "\(row.path)")
            #expect(try engine.isFile(row.path) == row.file, "\(row.path)")
            #expect(try engine.getDefault(row.path) == row.value, "\(row.path)")
            #expect(try engine.hasDefault(row.path) == (row.value != nil), "\(row.path)")
        }
    }

    @Test func appendRule() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "list[]=a; list[]=b; list[5]=f; list[]=g")
        #expect(
            dump(engine) == [
                "app:main:list[0]=a", "app:main:list[1]=b", "app:main:list[5]=f",
                "app:main:list[6]=g",
            ])
        engine.options.permitAppend = false
        expectError(.appendNotPermitted) { try engine.process(tokenStream: "list[]=h") }
        #expect(engine.entryCount == 4)
    }

    @Test func cursorRules() throws {
        let engine = MeteorEngine()
        #expect(engine.cursor.position == "app:main")
        engine.cursor.namespace = .root
        #expect(engine.cursor.position == "app:")
        engine.cursor.context = try ctx("user")
        engine.resetCursor()
        #expect(engine.cursor == .initial)
        try engine.withCursor(context: try ctx("doc"), namespace: try ns("guide")) { engine in
            #expect(engine.cursor.position == "doc:guide")
            try engine.storeToken(key: try key("intro"), value: "hi")
        }
        #expect(engine.cursor == .initial)
        #expect(try engine.get("doc:guide:intro") == "hi")
    }

    @Test func listingOrderRules() throws {
        let engine = MeteorEngine()
        try engine.process(
            meteorStream: "b:z:k2=1;k1=2 :;: a:y:x=3 :;: b:a:k=4 :;: b::r=5 :;: B:n:k=6")
        #expect(engine.contexts.map(\.name) == ["B", "a", "b"])
        #expect(engine.namespaces(in: try ctx("b")).map(\.name) == ["", "a", "z"])
        #expect(
            dump(engine) == [
                "B:n:k=6", "a:y:x=3", "b::r=5", "b:a:k=4", "b:z:k2=1", "b:z:k1=2",
            ])
        try engine.delete("b:a:")
        #expect(engine.namespaces(in: try ctx("b")).map(\.name) == ["", "z"])
        try engine.delete("B::")
        #expect(engine.contexts.map(\.name) == ["a", "b"])
    }

    @Test func setOptionDefaults() {
        let options = EngineSetOptions()
        #expect(options.permitAppend)
        #expect(options.enforceNamespaceDepth)
        #expect(!options.strict)
    }
}
