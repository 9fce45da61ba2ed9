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
