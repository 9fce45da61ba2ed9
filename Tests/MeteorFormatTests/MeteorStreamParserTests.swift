import MeteorFormat
import Testing

@Suite struct MeteorStreamParserTests {
    // SPEC §6 table.
    @Test func storesEachMeteorAtItsAddress() throws {
        let parsed = try MeteorStreamParser().parse(
            "app:ui:button=click;theme=dark :;: user:main:profile=admin")
        #expect(
            storedLines(parsed) == [
                "app:ui:button=click", "app:ui:theme=dark", "user:main:profile=admin",
            ])
    }

    @Test func quotedMeteorSeparatorIsKept() throws {
        let parsed = try MeteorStreamParser().parse(#"app:ui:msg="a :;: b""#)
        #expect(storedLines(parsed) == ["app:ui:msg=a :;: b"])
    }

    @Test(arguments: [
        ("button=click", DiagnosticKind.notFullyQualified, 1, 1),
        ("app:ui:=v", .emptyKey, 1, 8),
        (#"app:ui:k="unclosed"#, .unclosedQuote, 1, 10),
    ])
    func rejectsSpecErrorRow(_ stream: String, kind: DiagnosticKind, segment: Int, column: Int)
        throws
    {
        let error = try #require(throws: MeteorError.self) {
            try MeteorStreamParser().parse(stream)
        }
        #expect(error.kind == kind)
        #expect(error.location?.meteor == 1)
        #expect(error.location?.segment == segment)
        #expect(error.location?.column == column)
    }

    @Test func everyStoreCarriesItsFullAddress() throws {
        let parsed = try MeteorStreamParser().parse("app:ui:a=1;b=2")
        for operation in parsed.operations {
            guard case .store(let token) = operation else {
                Issue.record("expected a store, got \(operation)")
                continue
            }
            #expect(token.scope == .address(.app, try Namespace(validating: "ui")))
        }
    }

    @Test(arguments: [
        ("app:ui:a=1;user:x:b=2;c=3", ["app:ui:a=1", "user:x:b=2", "app:ui:c=3"]),
        ("app::a=1;b=2", ["app::a=1", "app::b=2"]),
        ("app:ui:a=1:;:user:main:b=2", ["app:ui:a=1", "user:main:b=2"]),
        (
            "app:ui:a=1 ;; b=2 ; :;: :;: user:main:c=3;",
            ["app:ui:a=1", "app:ui:b=2", "user:main:c=3"]
        ),
        ("app:ui:list[]=x;grid[1, 2]=y", ["app:ui:list[]=x", "app:ui:grid[1,2]=y"]),
        ("\n app:ui:a=1\n :;:\n app:ui:b=2\n", ["app:ui:a=1", "app:ui:b=2"]),
        ("", []),
    ])
    func laterTokensInheritTheMeteorsAddress(_ stream: String, lines: [String]) throws {
        #expect(storedLines(try MeteorStreamParser().parse(stream)) == lines)
    }

    @Test func controlCommandsStandAsTheirOwnSegments() throws {
        let parsed = try MeteorStreamParser().parse(
            "app:ui:a=1;ctl:delete=app:ui:a;b=2 :;: ctl:reset=all :;: user:main:c=3")
        #expect(parsed.operations.count == 5)
        #expect(
            parsed.operations[1]
                == .control(
                    .delete(
                        .key(
                            Address(.app, try Namespace(validating: "ui"), try Key(validating: "a"))
                        ))))
        #expect(parsed.operations[3] == .control(.reset(.all)))
        var store = try ReferenceStore()
        store.apply(parsed)
        #expect(store.lines == ["user:main:c=3"])
        #expect(store.cursor == "app:main")
    }

    @Test(arguments: [
        ("ns=ui", 1, 1, 1), ("app:ui:a=1;ns=x", 1, 2, 12), ("app:ui:a=1 :;: ctx=user", 2, 1, 16),
        ("app:ui:a=1; ctx = user", 1, 2, 13),
    ])
    func cursorTokensAreErrors(_ stream: String, meteor: Int, segment: Int, column: Int) throws {
        let error = try #require(throws: MeteorError.self) {
            try MeteorStreamParser().parse(stream)
        }
        #expect(error.kind == .controlTokenInMeteorStream)
        #expect(error.location?.meteor == meteor)
        #expect(error.location?.segment == segment)
        #expect(error.location?.column == column)
    }

    @Test(arguments: [
        ("ui:k=v", 1, 1, 1), ("app:ui:a=1 :;: b=2", 2, 1, 16), ("ctl:reset=all;k=v", 1, 2, 15),
        ("app:ui:a=1 :;: ui:b=2", 2, 1, 16),
    ])
    func tokenWithoutItsAddressIsNotFullyQualified(
        _ stream: String, meteor: Int, segment: Int, column: Int
    ) throws {
        let error = try #require(throws: MeteorError.self) {
            try MeteorStreamParser().parse(stream)
        }
        #expect(error.kind == .notFullyQualified)
        #expect(error.location?.meteor == meteor)
        #expect(error.location?.segment == segment)
        #expect(error.location?.column == column)
    }

    @Test(arguments: [
        ("app:ui:a=1 :;: user:main:b", DiagnosticKind.missingEquals, 2, 1, 16),
        ("app:ui:a=1;b=\"x\" y", .textAfterQuote, 1, 2, 18),
        ("app:ui:a=1;b=2;c=3 :;: 1x:ui:k=v", .invalidContext, 2, 1, 24),
        ("app:ui:a=1 :;: app:ui..w:k=v", .emptyNamespacePart, 2, 1, 23),
        ("app:ui:a=1 :;: app:ui:k=\"\\q\"", .invalidEscape, 2, 1, 26),
        ("app:ui:a=1 :;: app:ui:k=v;ctl:zap=1", .unknownControlCommand, 2, 2, 31),
        ("app:ui:a=1 :;: a:b:c:d=1", .tooManyParts, 2, 1, 21),
        ("app:ui:a=b\nc", .lineBreakInValue, 1, 1, 11),
    ])
    func errorsNameMeteorSegmentAndColumn(
        _ stream: String, kind: DiagnosticKind, meteor: Int, segment: Int, column: Int
    ) throws {
        let error = try #require(throws: MeteorError.self) {
            try MeteorStreamParser().parse(stream)
        }
        #expect(error.kind == kind)
        #expect(error.location?.meteor == meteor)
        #expect(error.location?.segment == segment)
        #expect(error.location?.column == column)
    }

    @Test(arguments: Profile.allCases)
    func meteorCountIsLimitedByProfile(_ profile: Profile) throws {
        let limits = profile.limits
        let parser = MeteorStreamParser(limits: limits)
        let meteors = (0..<limits.streamItems).map { "c:n:k\($0)=v;x=y" }
        #expect(
            try parser.parse(meteors.joined(separator: " :;: ")).storeCount == 2
                * limits.streamItems)
        let stream = (meteors + ["c:n:last=v"]).joined(separator: " :;: ")
        guard let error = thrownError({ try parser.parse(stream) }) else { return }
        expectLimit(error, .streamItems, of: limits)
        #expect(error.location?.meteor == limits.streamItems + 1)
    }

    @Test(arguments: Profile.allCases)
    func limitsApplyInsideMeteors(_ profile: Profile) throws {
        let limits = profile.limits
        let parser = MeteorStreamParser(limits: limits)
        let part = String(repeating: "p", count: limits.namespacePartLength + 1)
        let key = String(repeating: "k", count: limits.keyLength + 1)
        let value = String(repeating: "v", count: limits.valueLength + 1)
        for (stream, limit) in [
            ("\(part):ui:k=v", Limit.namespacePartLength),
            ("app:\(part):k=v", .namespacePartLength),
            ("app:ui:\(key)=v", .keyLength), ("app:ui:a=1;\(key)=v", .keyLength),
            ("app:ui:k=\(value)", .valueLength), ("app:ui:a=1;k='\(value)'", .valueLength),
        ] {
            guard let error = thrownError({ try parser.parse(stream) }) else { continue }
            expectLimit(error, limit, of: limits)
            #expect(error.location?.meteor == 1)
        }
    }

    @Test(arguments: Profile.allCases)
    func deepNamespaceWarnsAndTooDeepFails(_ profile: Profile) throws {
        let limits = profile.limits
        let parser = MeteorStreamParser(limits: limits)
        let warn = (0..<limits.namespaceWarningDepth).map { "w\($0)" }.joined(separator: ".")
        let parsed = try parser.parse("app:\(warn):a=1;b=2 :;: user:\(warn):c=3")
        #expect(parsed.storeCount == 3)
        #expect(parsed.warnings.count == 1)
        let warning = try #require(parsed.warnings.first)
        #expect(warning.kind == .namespaceDepthWarning)
        #expect(warning.severity == .warning)
        #expect(warning.location?.meteor == 1)
        #expect(warning.location?.segment == 1)
        let deep = (0..<limits.namespaceErrorDepth).map { "d\($0)" }.joined(separator: ".")
        let error = try #require(throws: MeteorError.self) {
            try parser.parse("app:ui:a=1 :;: app:\(deep):k=v")
        }
        #expect(error.kind == .namespaceTooDeep)
        #expect(error.location?.meteor == 2)
        #expect(error.message.contains("\(profile.rawValue) profile"))
    }

    @Test func cursorNeverMoves() throws {
        let parsed = try MeteorStreamParser().parse("user:prefs:a=1 :;: doc:guides:b=2")
        for operation in parsed.operations {
            switch operation {
            case .setContext, .setNamespace: Issue.record("the cursor moved: \(operation)")
            case .store, .control: break
            }
        }
    }
}
