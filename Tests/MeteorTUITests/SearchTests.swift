import MeteorKit
import Testing

@testable import MeteorTUI

/// Incremental search: `/`, `?`, `n`, `N`, values, wrapping, Esc, and the filter's limit.
///
/// The fixture's keys in document order: app:ui.widgets button[0], label[title]; app:ui theme,
/// font, list[0]; doc:guides.install sections[10_intro], metadata[lang]; user:main name.
@Suite struct SearchTests {
    @Test func slashJumpsToTheFirstHitAndOpensItsPath() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("/"))] + Fixtures.type("lab"))
        #expect(app.selection == (try keyNode("app:ui.widgets:label[title]")))
        #expect(
            app.state.browser.expanded == [
                .context(.app), .folder(.app, "ui"), .folder(.app, "ui.widgets"),
            ])
        guard case .searching(let field) = app.state.mode else {
            Issue.record("expected the search field, got \(app.state.mode)")
            return
        }
        #expect(field.found == true)
        #expect(field.direction == .forward)
    }

    @Test func everyKeystrokeSearchesFromWhereTheSearchBegan() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("/"))] + Fixtures.type("l"))
        #expect(app.selection == (try keyNode("app:ui.widgets:label[title]")))
        app.press(.character("i"))
        #expect(app.selection == (try keyNode("app:ui:list[0]")))
        // The widgets folder was opened only for the earlier hit.
        #expect(!app.state.browser.expanded.contains(.folder(.app, "ui.widgets")))
        app.press(.backspace)
        #expect(app.selection == (try keyNode("app:ui.widgets:label[title]")))
    }

    @Test func escapeReturnsToWhereTheSearchBegan() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("j"))])
        let before = app.state.browser
        app.press([.key(.character("/"))] + Fixtures.type("name"))
        #expect(app.selection == (try keyNode("user:main:name")))
        app.press(.escape)
        #expect(app.state.mode == .browse)
        #expect(app.state.browser == before)
        #expect(app.state.search.last == nil)
    }

    @Test func enterKeepsTheHitAndNAndShiftNRepeatWithWrapping() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("/"))] + Fixtures.type("me") + [.key(.enter)])
        #expect(app.state.mode == .browse)
        #expect(app.selection == (try keyNode("app:ui:theme")))
        #expect(app.state.search.last == SearchQuery(text: "me", direction: .forward))
        app.press(.character("n"))
        #expect(app.selection == (try keyNode("doc:guides.install:metadata[lang]")))
        app.press(.character("n"))
        #expect(app.selection == (try keyNode("user:main:name")))
        #expect(app.state.status == nil)
        app.press(.character("n"))
        #expect(app.selection == (try keyNode("app:ui:theme")))
        #expect(app.state.status?.text == "search hit the bottom, continued at the top")
        app.press(.character("N"))
        #expect(app.selection == (try keyNode("user:main:name")))
        #expect(app.state.status?.text == "search hit the top, continued at the bottom")
    }

    @Test func questionMarkOpensHelpAndNSearchesBackward() throws {
        let (app, _) = try Fixtures.app()
        app.press(.character("?"))
        #expect(app.state.mode == .help(filter: "", scrollTop: 0))
        app.press(.escape)
        app.press([.key(.character("/"))] + Fixtures.type("me") + [.key(.enter)])
        #expect(app.selection == (try keyNode("app:ui:theme")))
        app.press(.character("N"))
        #expect(app.selection == (try keyNode("user:main:name")))
        #expect(app.state.status?.text == "search hit the top, continued at the bottom")
    }

    @Test func questionMarkSearchesBackwardWhenTheKeymapSaysSo() throws {
        var keymap = Keymap.standard
        keymap.bindings.removeAll { $0.keys == [.character("?")] && $0.scope == .browse }
        keymap.bindings.append(
            KeyBinding([.character("?")], .search(.backward), help: "search keys backward"))
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        let app = App(
            backend: InMemoryTerminal(size: Size(width: 80, height: 24)), document: document,
            editor: ScriptedEditor(results: []), keymap: keymap)
        app.press([.key(.character("?"))] + Fixtures.type("me") + [.key(.enter)])
        #expect(app.selection == (try keyNode("user:main:name")))
        #expect(app.state.status?.text == "search hit the top, continued at the bottom")
        app.press(.character("n"))
        #expect(app.selection == (try keyNode("doc:guides.install:metadata[lang]")))
        app.press(.character("N"))
        #expect(app.selection == (try keyNode("user:main:name")))
    }

    @Test func tabAndCtrlVSwitchBetweenKeysAndValues() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("/")), .key(.tab)] + Fixtures.type("installer"))
        #expect(app.selection == (try keyNode("doc:guides.install:sections[10_intro]")))
        app.press(.control("v"))
        guard case .searching(let field) = app.state.mode else {
            Issue.record("expected the search field")
            return
        }
        #expect(!field.inValues)
        #expect(field.found == false)
        #expect(app.state.browser.selectedRow == 0)
        app.press([.key(.tab), .key(.enter)])
        #expect(app.state.search.last?.inValues == true)
        #expect(app.selection == (try keyNode("doc:guides.install:sections[10_intro]")))
    }

    @Test func aMissKeepsTheSelectionAndSaysSo() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("/"))] + Fixtures.type("zzz") + [.key(.enter)])
        #expect(app.state.browser.selectedRow == 0)
        #expect(app.state.status == StatusMessage("not found in keys: zzz", isError: true))
        app.press(.character("n"))
        #expect(app.state.status == StatusMessage("not found in keys: zzz", isError: true))
    }

    @Test func nBeforeAnySearchExplains() throws {
        let (app, _) = try Fixtures.app()
        app.press(.character("n"))
        #expect(
            app.state.status == StatusMessage("no search yet: press / to search", isError: true))
    }

    @Test func anEmptySearchRepeatsTheLastOne() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("/"))] + Fixtures.type("me") + [.key(.enter)])
        app.press([.key(.character("/")), .key(.enter)])
        #expect(app.selection == (try keyNode("doc:guides.install:metadata[lang]")))
    }

    @Test func searchSkipsKeysTheFilterHides() throws {
        let (app, _) = try Fixtures.app()
        app.press([.key(.character("f"))] + Fixtures.type("app:ui:") + [.key(.enter)])
        app.press([.key(.character("/"))] + Fixtures.type("me") + [.key(.enter)])
        #expect(app.selection == (try keyNode("app:ui:theme")))
        app.press(.character("n"))
        #expect(app.selection == (try keyNode("app:ui:theme")))
        #expect(app.state.status?.text == "search hit the bottom, continued at the top")
    }

    @Test func smartCaseIgnoresCaseUntilACapitalIsTyped() {
        func occurs(_ needle: String, _ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { TextNeedle(needle).occurs(in: $0) }
        }
        #expect(occurs("theme", "THEME"))
        #expect(!occurs("Theme", "theme"))
        #expect(occurs("Theme", "myTheme"))
        #expect(occurs("こん", "こんにちは"))
        #expect(TextNeedle("ab").occurrences(in: "abcabab") == [0..<2, 3..<5, 5..<7])
    }
}
