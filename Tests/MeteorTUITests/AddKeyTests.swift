import MeteorKit
import Testing

@testable import MeteorTUI

/// `a`: a key relative to the selection (`key`, `ns:key`, `ctx:ns:key`), with a live note.
@Suite struct AddKeyTests {
    /// An app with `app:ui:theme` selected and the add field open with `text` typed.
    func adding(_ text: String) throws -> (App<InMemoryTerminal>, InMemoryDocument, AddState) {
        let (app, document) = try Fixtures.app()
        app.step(.key(.character("*")))
        let rows = app.reducer.cache.visibleRows(for: app.state.browser)
        let row = try #require(rows.index(of: .key(ReducerActionTests.theme)))
        for _ in 0..<row { app.step(.key(.character("j"))) }
        app.step(.key(.character("a")))
        for event in Fixtures.type(text) { app.step(event) }
        guard case .adding(let add) = app.state.mode else {
            Issue.record("expected the add field")
            return (app, document, AddState(context: .app, namespace: .main, key: LineEditor()))
        }
        return (app, document, add)
    }

    func address(_ path: String) throws -> Address { try Address(parsing: path) }

    @Test func aPlainKeyGoesToTheSelectedNamespace() throws {
        let (_, _, add) = try adding("size")
        #expect(add.problem == nil)
        #expect(add.outcome == .adds(try address("app:ui:size")))
    }

    @Test func namespaceAndKeyStayInTheSelectedContext() throws {
        let (_, _, add) = try adding("newns:key")
        #expect(add.problem == nil)
        #expect(add.outcome == .addsNamespace(try address("app:newns:key")))
        #expect(add.outcome?.description == "adds app:newns:key, in a new namespace app:newns")
    }

    @Test func aFullPathCanNameANewContext() throws {
        let (_, _, add) = try adding("ops:deploy.prod:host")
        #expect(add.outcome == .addsContext(try address("ops:deploy.prod:host")))
        let (_, _, root) = try adding(":top")
        #expect(root.outcome == .addsNamespace(Address(.app, .root, try Key(validating: "top"))))
        #expect(root.outcome?.description == "adds app::top, in the root namespace of app")
    }

    @Test func anExistingKeySaysItsValueWillBeReplaced() throws {
        let (_, _, add) = try adding("ui:font")
        #expect(add.outcome == .replaces(try address("app:ui:font")))
    }

    @Test func aBadPartIsPointedAtInTheWholeText() throws {
        let (_, _, add) = try adding("newns:bad key")
        #expect(add.outcome == nil)
        let problem = try #require(add.problem)
        #expect(problem.contains("invalidKey"))
        #expect(problem.contains("1 | newns:bad key"))
        #expect(problem.contains("   |          ^") || problem.contains("  |          ^"))
        let (_, _, four) = try adding("a:b:c:d")
        #expect(four.problem?.contains("tooManyParts") == true)
        let (_, _, noContext) = try adding(":ns:key")
        #expect(noContext.problem?.contains("emptyContext") == true)
    }

    @Test func enterAddsTheKeyAndItsNewNamespace() throws {
        let (app, document, _) = try adding("newns:key")
        app.step(.key(.enter))
        for event in Fixtures.type("v") { app.step(event) }
        app.draw()
        #expect(
            app.backend.lastFrame?.lines.contains {
                $0.contains("adds app:newns:key, in a new namespace app:newns")
            } == true)
        app.step(.key(.enter))
        #expect(app.state.mode == .browse)
        #expect(document.engine.get(try address("app:newns:key")) == "v")
        #expect(app.state.browser.selectedID == .key(try address("app:newns:key")))
        app.step(.key(.character("u")))
        #expect(document.engine.get(try address("app:newns:key")) == nil)
    }
}
