import MeteorKit
import Testing

@testable import MeteorTUI

/// The live filter: `f`, the field's keys, `F`, and a filter set at startup.
@Suite struct FilterTests {
    static let matchesForLa = [
        "app", " ui", "  widgets", "   label[title]", "doc", " guides", "  install",
        "   metadata[lang]",
    ]

    @Test func typingFiltersLiveAndOpensThePathsToTheMatches() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("f"))] + Fixtures.type("la"))
        guard case .filtering(let field) = app.state.mode else {
            Issue.record("expected the filter field, got \(app.state.mode)")
            return
        }
        #expect(field.problem == nil)
        #expect(app.state.browser.filter?.effectivePattern == "*:**:*la*")
        #expect(app.treeLabels == Self.matchesForLa)
        #expect(app.selection == (try keyNode("app:ui.widgets:label[title]")))
        app.draw()
        let frame = try #require(app.backend.lastFrame)
        #expect(frame.lines[0].contains("Tree · filter la (2)"))
        #expect(frame.lines.contains { $0.contains("2 keys match *:**:*la*") })
    }

    @Test func anInvalidPatternShowsItsDiagnosticAndKeepsTheLastValidFilter() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("f"))] + Fixtures.type("la x"))
        guard case .filtering(let field) = app.state.mode else {
            Issue.record("expected the filter field")
            return
        }
        let problem = try #require(field.problem)
        #expect(problem.hasPrefix("error[invalidPattern]: patterns cannot contain ` `"))
        #expect(problem.contains(" --> column 3"))
        #expect(app.state.browser.filter?.text == "la")
        #expect(app.treeLabels == Self.matchesForLa)
        // Enter cannot keep a broken pattern.
        var state = app.state
        #expect(app.reducer.handle(.key(.enter), state: &state) == [.bell])
        #expect(state.status?.isError == true)
        guard case .filtering = state.mode else {
            Issue.record("Enter closed the field on a broken pattern")
            return
        }
    }

    @Test func enterKeepsTheFilterWhileNavigating() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("f"))] + Fixtures.type("la") + [.key(.enter)])
        #expect(app.state.mode == .browse)
        #expect(app.state.status?.text == "filter *:**:*la*: 2 keys")
        app.press([.key(.character("j")), .key(.character("-")), .key(.character("*"))])
        #expect(app.state.browser.filter?.text == "la")
        #expect(app.treeLabels == Self.matchesForLa)
        app.press(.character("G"))
        #expect(app.selection == (try keyNode("doc:guides.install:metadata[lang]")))
    }

    @Test func fEditsTheFilterAndEscapePutsThePreviousOneBack() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("f"))] + Fixtures.type("la") + [.key(.enter)])
        let kept = app.state
        app.press([.key(.character("f"))])
        guard case .filtering(let field) = app.state.mode else {
            Issue.record("expected the filter field")
            return
        }
        #expect(field.editor.text == "la")
        app.press([.key(.control("u"))] + Fixtures.type("name"))
        #expect(app.treeLabels == ["user", " main", "  name"])
        app.press(.escape)
        #expect(app.state.browser == kept.browser)
        #expect(app.state.search == kept.search)
    }

    @Test func shiftFAndEmptyTextClearTheFilterAndRestoreTheTree() throws {
        let (app, _) = try Fixtures.app()
        app.press(.character("l"))
        let before = app.state.browser.expanded
        app.press([.key(.character("f"))] + Fixtures.type("name") + [.key(.enter)])
        #expect(app.selection == (try keyNode("user:main:name")))
        app.press(.character("F"))
        #expect(app.state.browser.filter == nil)
        #expect(app.state.status?.text == "filter cleared")
        // The tree is as before, plus the path to the selection.
        let user = try keyNode("user:main:name").context
        #expect(
            app.state.browser.expanded == before.union([.context(user), .folder(user, "main")]))
        #expect(app.selection == (try keyNode("user:main:name")))
        app.press(.character("F"))
        #expect(app.state.status?.text == "no filter to clear; f sets one")
        app.press([.key(.character("f"))] + Fixtures.type("la") + [.key(.control("u"))])
        #expect(app.state.browser.filter == nil)
        app.press(.enter)
        #expect(app.state.mode == .browse)
    }

    @Test func patternsWithAColonFollowTheFindGrammar() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("f"))] + Fixtures.type("app:ui:"))
        #expect(app.treeLabels == ["app", " ui", "  theme", "  font", "  list[0]"])
        app.press([.key(.control("u"))] + Fixtures.type("*:**:list__i_*"))
        #expect(app.treeLabels == ["app", " ui", "  list[0]"])
        app.press([.key(.control("u"))] + Fixtures.type("zzz"))
        #expect(app.treeLabels.isEmpty)
        app.draw()
        #expect(
            app.backend.lastFrame?.lines[1].contains("(no key matches the filter")
                == true)
    }

    @Test(arguments: [
        ("port", "*:**:*port*"), ("*port*", "*:**:*port*"), ("p?rt", "*:**:p?rt"),
        ("app:ui*:*", "app:ui*:*"), ("app:theme", "app:main:theme"), ("app:ui:", "app:ui:*"),
    ])
    func bareTextIsAKeyGlobInEveryNamespace(_ text: String, effective: String) throws {
        #expect(try TreeFilter(parsing: text).effectivePattern == effective)
    }

    @Test func filterDiagnosticsUseTheColumnsAsTyped() {
        #expect(throws: MeteorError.self) { try TreeFilter(parsing: "a;b") }
        do {
            _ = try TreeFilter(parsing: "po rt")
        } catch {
            #expect(error.diagnostic.rendered().contains("column 3"))
        }
    }

    @Test func aFilterInTheStartingStateIsAppliedWhenTheAppStarts() throws {
        var state = AppState()
        state.browser.filter = try TreeFilter(parsing: "name")
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        let app = App(
            backend: InMemoryTerminal(
                size: Size(width: 80, height: 24), events: [.key(.character("q"))]),
            document: document, editor: ScriptedEditor(results: []), initialState: state)
        try app.run()
        let first = try #require(app.backend.frames.first)
        #expect(first.lines[0].contains("Tree · filter name (1)"))
        #expect(first.lines[3].contains("name"))
        #expect(app.state.search.expandedBeforeFilter == [])
    }
}
