import MeteorFormat
import Testing

@Suite struct TokenStreamParserTests {
    private func apply(_ stream: String, from cursor: String) throws -> ReferenceStore {
        var store = try ReferenceStore(cursor: cursor)
        store.apply(try TokenStreamParser().parse(stream))
        return store
    }

    // SPEC §5 table: start cursor, stream, result.
    @Test(arguments: [
        (
            "app:main", "button=click; ns=ui; theme=dark",
            ["app:main:button=click", "app:ui:theme=dark"], "app:ui"
        ),
        (
            "app:ui", "size=large; ctx=user; profile=admin",
            ["app:ui:size=large", "user:ui:profile=admin"], "user:ui"
        ),
        ("app:main", "ui:button=click", ["app:ui:button=click"], "app:main"),
        ("app:main", "user:prefs:theme=dark", ["user:prefs:theme=dark"], "app:main"),
        ("app:main", "a=1; ctl:delete=app:main:a", [], "app:main"),
        ("app:main", "ns=ui; ctl:reset=cursor; x=1", ["app:main:x=1"], "app:main"),
        ("app:main", #"key="a=b""#, ["app:main:key=a=b"], "app:main"),
    ])
    func appliesStreamInOrder(_ cursor: String, stream: String, entries: [String], end: String)
        throws
    {
        let store = try apply(stream, from: cursor)
        #expect(store.lines == entries)
        #expect(store.cursor == end)
    }

    // SPEC §5 table, error rows: nothing is returned, so nothing can be applied.
    @Test func missingEqualsNamesTheSegment() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser().parse("a=1; b")
        }
        #expect(error.kind == .missingEquals)
        #expect(error.location?.segment == 2)
        #expect(error.location?.column == 6)
        #expect(error.message == "`b` is not `key=value`: it has no `=`")
    }

    @Test func tooDeepNamespaceFailsTheWholeStream() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser(limits: Profile.default.limits).parse("ns=a.b.c.d.e.f; k=v")
        }
        #expect(error.kind == .namespaceTooDeep)
        #expect(error.location?.segment == 1)
        #expect(error.location?.column == 4)
    }

    @Test func errorInALaterSegmentReturnsNothing() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser().parse("a=1; b=2; ctl:delete=app:main:a; c=\"open")
        }
        #expect(error.kind == .unclosedQuote)
        #expect(error.location?.segment == 4)
    }

    @Test(arguments: [
        ("a=1;;b=2", 2), ("a=1;", 1), (";;;", 0), ("  ;  ", 0), ("", 0), ("  a=1  ;  b=2  ", 2),
        ("a=1;\n;\tb=2;\n", 2), ("\n\na=1\n", 1),
    ])
    func emptySegmentsAreSkipped(_ stream: String, stores: Int) throws {
        #expect(try TokenStreamParser().parse(stream).storeCount == stores)
    }

    @Test func segmentsAreNumberedAsWrittenIncludingEmptyOnes() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser().parse("a=1;;b")
        }
        #expect(error.location?.segment == 3)
        #expect(error.location?.column == 6)
    }

    @Test func errorsOnLaterLinesGiveLineAndColumn() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser().parse("a=1;\nb=2;\n  c d=3")
        }
        #expect(error.kind == .invalidKey)
        #expect(error.location?.segment == 3)
        #expect(error.location?.line == 3)
        #expect(error.location?.column == 4)
        #expect(error.location?.lineText == "  c d=3")
    }

    @Test(arguments: [
        ("ns=", Namespace.root.name), ("ns=ui.widgets", "ui.widgets"), (#"ns="ui""#, "ui"),
        ("ns='a.b'", "a.b"), ("ns = ui", "ui"), (#"ns="""#, ""),
    ])
    func namespaceTokenMovesTheCursor(_ stream: String, namespace: String) throws {
        let parsed = try TokenStreamParser().parse(stream)
        #expect(parsed.operations == [.setNamespace(try Namespace(validating: namespace))])
    }

    @Test(arguments: [("ctx=user", "user"), (#"ctx="doc""#, "doc"), ("ctx = _x", "_x")])
    func contextTokenMovesTheCursor(_ stream: String, context: String) throws {
        let parsed = try TokenStreamParser().parse(stream)
        #expect(parsed.operations == [.setContext(try Context(validating: context))])
    }

    @Test(arguments: [
        ("ctx=", DiagnosticKind.emptyContext, 5), ("ctx=1x", .invalidContext, 5),
        (#"ctx="""#, .emptyContext, 5), (#"ctx="a b""#, .invalidContext, 5),
        ("ns=ui..w", .emptyNamespacePart, 7), ("ns=2ui", .invalidNamespacePart, 4),
        ("ns=ui.ctl", .reservedNamespacePart, 7), (#"ns="a..b""#, .emptyNamespacePart, 4),
    ])
    func cursorTokensAreValidated(_ stream: String, kind: DiagnosticKind, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try TokenStreamParser().parse(stream) }
        #expect(error.kind == kind)
        #expect(error.location?.segment == 1)
        #expect(error.location?.column == column)
    }

    @Test(arguments: [
        ("ctl:delete=app:main:a", PathTarget.key(Address(.app, .main, try Key(validating: "a")))),
        ("ctl:delete=app:ui:", .namespace(.app, try Namespace(validating: "ui"))),
        ("ctl:delete=app::", .context(.app)),
        ("ctl:delete=user:", .namespace(try Context(validating: "user"), .main)),
        ("ctl:delete=list[0]", .key(Address(.app, .main, try Key(validating: "list__i_0")))),
        (
            #"ctl:delete="app:ui:k""#,
            .key(Address(.app, try Namespace(validating: "ui"), try Key(validating: "k")))
        ),
    ])
    func deleteCommandCarriesATypedTarget(_ stream: String, target: PathTarget) throws {
        #expect(try TokenStreamParser().parse(stream).operations == [.control(.delete(target))])
    }

    @Test(arguments: ResetTarget.allCases)
    func resetCommandNamesItsTarget(_ target: ResetTarget) throws {
        let parsed = try TokenStreamParser().parse("ctl:reset=\(target.rawValue)")
        #expect(parsed.operations == [.control(.reset(target))])
    }

    @Test(arguments: [
        ("ctl:reset=everything", DiagnosticKind.invalidResetTarget, 11),
        ("ctl:reset=", .invalidResetTarget, 11),
        ("ctl:reset=Cursor", .invalidResetTarget, 11),
        ("ctl:purge=all", .unknownControlCommand, 5),
        ("ctl:=x", .unknownControlCommand, 5),
        ("ctl:delete=", .emptyPath, 12),
        ("ctl:delete=a:b:c:d", .tooManyParts, 17),
        ("ctl:delete=:ns:k", .emptyContext, 12),
        (#"ctl:delete="a:b:c:d""#, .tooManyParts, 12),
    ])
    func badControlCommandIsAnError(_ stream: String, kind: DiagnosticKind, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try TokenStreamParser().parse(stream) }
        #expect(error.kind == kind)
        #expect(error.location?.segment == 1)
        #expect(error.location?.column == column)
    }

    @Test func deleteSeesDataStoredEarlierInTheSameStream() throws {
        let store = try apply("a=1; b=2; ctl:delete=app:main:a; c=3", from: "app:main")
        #expect(store.lines == ["app:main:b=2", "app:main:c=3"])
    }

    @Test func resetAppliesInStreamOrder() throws {
        let store = try apply(
            "a=1; ctl:reset=storage; b=2; ns=x; ctl:reset=all; c=3", from: "app:main")
        #expect(store.lines == ["app:main:c=3"])
        #expect(store.cursor == "app:main")
    }

    @Test(arguments: [
        ("k=v", TokenScope.cursor),
        ("ui:k=v", .namespace(try Namespace(validating: "ui"))),
        (":k=v", .namespace(.root)),
        (
            "user:ui.x:k=v",
            .address(try Context(validating: "user"), try Namespace(validating: "ui.x"))
        ),
        ("user::k=v", .address(try Context(validating: "user"), .root)),
        (
            " user:ui:k = v ",
            .address(try Context(validating: "user"), try Namespace(validating: "ui"))
        ),
    ])
    func prefixSetsTheScope(_ stream: String, scope: TokenScope) throws {
        let token = try #require(onlyToken(try TokenStreamParser().parse(stream)))
        #expect(token.scope == scope)
        #expect(token.key.flat == "k")
        #expect(token.value == "v")
    }

    @Test(arguments: [
        ("a:b:c:d=1", DiagnosticKind.tooManyParts, 6),
        (":ui:k=1", .emptyContext, 1),
        ("1x:ui:k=1", .invalidContext, 1),
        ("app:ui..x:k=1", .emptyNamespacePart, 8),
        ("ui:=1", .emptyKey, 4),
        ("=1", .emptyKey, 1),
        ("a b=1", .invalidKey, 2),
        ("list[=1", .invalidBracket, 5),
        ("ui w:k=1", .invalidNamespacePart, 3),
        ("x=1 :;: y=2", .meteorSeparatorInTokenStream, 5),
        ("user :ui:k=1", .invalidContext, 5),
    ])
    func invalidTokenIsLocated(_ stream: String, kind: DiagnosticKind, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try TokenStreamParser().parse(stream) }
        #expect(error.kind == kind)
        #expect(error.location?.segment == 1)
        #expect(error.location?.column == column)
    }

    @Test(arguments: Profile.allCases)
    func tokenCountIsLimitedByProfile(_ profile: Profile) throws {
        let limits = profile.limits
        let parser = TokenStreamParser(limits: limits)
        let tokens = (0..<limits.streamItems).map { "k\($0)=v" }
        #expect(try parser.parse(tokens.joined(separator: ";")).storeCount == limits.streamItems)
        let stream = (tokens + ["ns=x"]).joined(separator: ";")
        guard let error = thrownError({ try parser.parse(stream) }) else { return }
        expectLimit(error, .streamItems, of: limits)
        #expect(error.location?.segment == limits.streamItems + 1)
        // Empty segments are not tokens.
        #expect(
            try parser.parse(tokens.joined(separator: ";;") + ";").storeCount == limits.streamItems)
    }

    @Test(arguments: Profile.allCases)
    func limitsApplyToEveryPartOfAToken(_ profile: Profile) throws {
        let limits = profile.limits
        let parser = TokenStreamParser(limits: limits)
        let part = String(repeating: "p", count: limits.namespacePartLength + 1)
        expectLimit(
            try #require(throws: MeteorError.self) { try parser.parse("ns=\(part)") },
            .namespacePartLength, of: limits)
        expectLimit(
            try #require(throws: MeteorError.self) { try parser.parse("ctx=\(part)") },
            .namespacePartLength, of: limits)
        expectLimit(
            try #require(throws: MeteorError.self) { try parser.parse("\(part):k=v") },
            .namespacePartLength, of: limits)
        expectLimit(
            try #require(throws: MeteorError.self) { try parser.parse("\(part)::k=v") },
            .namespacePartLength, of: limits)
        let key = String(repeating: "k", count: limits.keyLength + 1)
        expectLimit(
            try #require(throws: MeteorError.self) { try parser.parse("\(key)=v") }, .keyLength,
            of: limits)
        expectLimit(
            try #require(throws: MeteorError.self) {
                try parser.parse("ctl:delete=app:main:\(key)")
            }, .keyLength, of: limits)
    }

    @Test(arguments: Profile.allCases)
    func deepNamespaceWarnsOnceAndTooDeepFails(_ profile: Profile) throws {
        let limits = profile.limits
        let parser = TokenStreamParser(limits: limits)
        let warn = (0..<limits.namespaceWarningDepth).map { "w\($0)" }.joined(separator: ".")
        let parsed = try parser.parse("ns=\(warn); a=1; \(warn):b=2; app:\(warn):c=3")
        #expect(parsed.storeCount == 3)
        #expect(parsed.warnings.count == 1)
        let warning = try #require(parsed.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.kind == .namespaceDepthWarning)
        #expect(warning.limit == .namespaceWarningDepth)
        #expect(warning.location?.segment == 1)
        #expect(warning.message.contains("\(profile.rawValue) profile"))
        let shallow = (0..<(limits.namespaceWarningDepth - 1)).map { "s\($0)" }.joined(
            separator: ".")
        #expect(try parser.parse("ns=\(shallow); a=1").warnings.isEmpty)
        let deep = (0..<limits.namespaceErrorDepth).map { "d\($0)" }.joined(separator: ".")
        for stream in ["ns=\(deep)", "\(deep):k=v", "app:\(deep):k=v", "ctl:delete=app:\(deep):"] {
            let error = try #require(throws: MeteorError.self) { try parser.parse(stream) }
            #expect(error.kind == .namespaceTooDeep, "\(stream)")
            #expect(error.diagnostic.limit == .namespaceErrorDepth)
            #expect(error.message.contains("the \(profile.rawValue) profile allows at most"))
        }
    }

    @Test func defaultLimitsAreTheBuildProfile() throws {
        let limits = Limits.active
        let tokens = (0...limits.streamItems).map { "k\($0)=v" }.joined(separator: ";")
        if let error = thrownError({ try TokenStreamParser().parse(tokens) }) {
            expectLimit(error, .streamItems, of: limits)
        }
        #expect(TokenStreamParser().limits == Limits.active)
    }

    @Test func parsesBytesLikeText() throws {
        let text = "a=1; ns=ui; b=\"x;y\""
        let bytes = Array(text.utf8)
        #expect(try TokenStreamParser().parse(bytes.span) == TokenStreamParser().parse(text))
    }
}
