import MeteorFormat
import Testing

@Suite struct TokenTests {
    @Test(arguments: [
        (TokenScope.cursor, "app:main:k"),
        (.namespace(try Namespace(validating: "ui")), "app:ui:k"),
        (.namespace(.root), "app::k"),
        (.address(try Context(validating: "user"), try Namespace(validating: "p.q")), "user:p.q:k"),
    ])
    func resolvesItsAddressAgainstTheCursor(_ scope: TokenScope, address: String) throws {
        let token = Token(scope: scope, key: try Key(validating: "k"), value: "v")
        #expect(token.address(cursorContext: .app, cursorNamespace: .main).description == address)
    }

    @Test(arguments: [
        (TokenScope.cursor, "list[0]=\"a; b\""),
        (.namespace(try Namespace(validating: "ui")), "ui:list[0]=\"a; b\""),
        (.namespace(.root), ":list[0]=\"a; b\""),
        (.address(.app, .root), "app::list[0]=\"a; b\""),
    ])
    func printsAsStreamTextThatReparses(_ scope: TokenScope, text: String) throws {
        let token = Token(scope: scope, key: try Key(validating: "list__i_0"), value: "a; b")
        #expect(token.description == text)
        #expect(try TokenStreamParser().parse(token.description).operations == [.store(token)])
    }
}

@Suite struct MeteorTests {
    @Test func needsAtLeastOnePair() throws {
        #expect(Meteor(context: .app, namespace: .main, pairs: []) == nil)
        let meteor = try #require(
            Meteor(context: .app, namespace: .main, pairs: [.init(try Key(validating: "k"), "v")]))
        #expect(meteor.entries == [Entry(try Address(parsing: "app:main:k"), "v")])
    }
}

@Suite struct EntryTests {
    @Test func printsAsADocumentLine() throws {
        let entry = Entry(try Address(parsing: "doc:guides:sections[intro]"), "a\nb")
        #expect(entry.description == #"doc:guides:sections[intro]="a\nb""#)
        #expect(entry.context.name == "doc")
        #expect(entry.namespace.name == "guides")
        #expect(entry.key.flat == "sections__intro")
    }
}

@Suite struct ControlCommandTests {
    @Test func printsAsStreamText() throws {
        #expect(ControlCommand.reset(.storage).description == "ctl:reset=storage")
        let delete = ControlCommand.delete(try MeteorPath.parse("app:ui:"))
        #expect(delete.description == "ctl:delete=app:ui:")
        #expect(try TokenStreamParser().parse(delete.description).operations == [.control(delete)])
    }
}

@Suite struct ParsedStreamTests {
    @Test func countsStores() throws {
        let parsed = try TokenStreamParser().parse("a=1; ns=x; b=2; ctl:reset=cursor; ctx=y")
        #expect(parsed.storeCount == 2)
        #expect(parsed.operations.count == 5)
        #expect(ParsedStream().storeCount == 0)
    }
}
