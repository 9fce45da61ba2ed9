import MeteorFormat
import Testing

/// SPEC §13: the differences from the Rust original that the core can show.
@Suite struct SpecDifferencesTests {
    @Test func quotedValuesAreStoredUnquotedAndUnescaped() throws {
        let token = try #require(onlyToken(try TokenStreamParser().parse(#"k="a \"b\" \\ c""#)))
        #expect(token.value == #"a "b" \ c"#)
        #expect(token.description == #"k=a "b" \ c"#)
    }

    @Test func storedKeysAreFlatAndDisplayedInBracketForm() throws {
        let token = try #require(onlyToken(try TokenStreamParser().parse("list[0]=x")))
        #expect(token.key.flat == "list__i_0")
        #expect(token.key.description == "list[0]")
    }

    @Test func namedIndexIsAPlainDoubleUnderscore() throws {
        #expect(try Key(validating: "user[name]").flat == "user__name")
        #expect(throws: MeteorError.self) { try Key(validating: "user__i_name") }
    }

    @Test func textAfterClosingBracketIsAnError() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser().parse("list[0]x=1")
        }
        #expect(error.kind == .invalidBracket)
        #expect(error.location?.column == 8)
    }

    @Test func emptyBracketIsTheAppendForm() throws {
        let token = try #require(onlyToken(try TokenStreamParser().parse("list[]=x")))
        #expect(token.key.isAppend)
        #expect(token.key.flat == "list__i_APPEND")
    }

    @Test func controlCommandsStayInStreamOrder() throws {
        let parsed = try TokenStreamParser().parse(
            "a=1; ctl:reset=storage; ns=ui; ctl:reset=cursor; b=2")
        #expect(parsed.operations.count == 5)
        var store = try ReferenceStore()
        store.apply(parsed)
        #expect(store.lines == ["app:main:b=2"])
    }

    @Test func equalsAndEscapedQuotesInsideQuotesAreAllowed() throws {
        #expect(try onlyToken(TokenStreamParser().parse(#"k="a=b\"c""#))?.value == #"a=b"c"#)
        #expect(try onlyToken(MeteorStreamParser().parse(#"x:y:k="a=b\"c""#))?.value == #"a=b"c"#)
    }

    @Test func quotedMeteorSeparatorIsKeptInBothQuoteStyles() throws {
        let parsed = try MeteorStreamParser().parse(#"a:b:x="1 :;: 2";y='3 :;: 4' :;: c:d:z=5"#)
        #expect(storedLines(parsed) == ["a:b:x=1 :;: 2", "a:b:y=3 :;: 4", "c:d:z=5"])
        #expect(try onlyToken(TokenStreamParser().parse(#"k="1 :;: 2""#))?.value == "1 :;: 2")
    }

    @Test func namespaceRulesAndLimitsAreEnforcedInStreams() throws {
        let strict = Profile.strict.limits
        for stream in [
            "ns=ui.ctl", "ctl:k=v", "ui..w:k=v", "k=\(String(repeating: "v", count: 129))",
        ] {
            #expect(throws: MeteorError.self, "\(stream)") {
                try TokenStreamParser(limits: strict).parse(stream)
            }
        }
        #expect(throws: MeteorError.self) {
            try MeteorStreamParser(limits: strict).parse("app:a.b.c.d:k=v")
        }
    }

    @Test func emptyKeyAndUnclosedQuoteFailInMeteorStreams() throws {
        #expect(throws: MeteorError.self) { try MeteorStreamParser().parse("app:ui:=v") }
        #expect(throws: MeteorError.self) { try MeteorStreamParser().parse(#"app:ui:k="v"#) }
    }

    @Test func doubleSemicolonIsAnEmptySegmentInBothParsers() throws {
        #expect(try TokenStreamParser().parse("a=1;;b=2").storeCount == 2)
        #expect(try MeteorStreamParser().parse("x:y:a=1;;b=2").storeCount == 2)
    }

    @Test func fullyQualifiedTokensAreAllowedInTokenStreams() throws {
        let token = try #require(onlyToken(try TokenStreamParser().parse("user:prefs:theme=dark")))
        #expect(
            token.scope
                == .address(try Context(validating: "user"), try Namespace(validating: "prefs")))
    }

    @Test func plainTokensInheritTheMeteorsAddress() throws {
        #expect(
            storedLines(try MeteorStreamParser().parse("doc:guide:a=1;b=2")) == [
                "doc:guide:a=1", "doc:guide:b=2",
            ])
    }

    @Test func valueLimitsAreLargerThanTheOriginal() {
        #expect(Profile.default.limits.valueLength == 65_536)
        #expect(Profile.enterprise.limits.valueLength == 1_048_576)
    }
}
