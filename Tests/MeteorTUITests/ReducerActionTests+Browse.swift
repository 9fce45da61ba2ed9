import MeteorKit
import Testing

@testable import MeteorTUI

extension ReducerActionTests {
    /// One expectation per browse-scope action.
    static let browse: [Action: Expectation] = [
        .move(.down): Expectation(start: .atTheme) { row($0, 6, font) },
        .move(.up): Expectation(start: .atTheme) { row($0, 4, label) },
        .move(.top): Expectation(start: .atTheme) { row($0, 0, .context(.app)) },
        .move(.bottom): Expectation(start: .atTheme) { row($0, 15, name) },
        .move(.pageDown): Expectation(start: .atTheme) { row($0, 15, name) },
        .move(.pageUp): Expectation(start: .atTheme) { row($0, 0, .context(.app)) },
        .move(.halfPageDown): Expectation(start: .atTheme) { row($0, 15, name) },
        .move(.halfPageUp): Expectation(start: .atTheme) { row($0, 0, .context(.app)) },
        .expand: Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded == [.context(.app)])
            #expect($0.after.browser.selectedRow == 0)
            #expect($0.effects.isEmpty)
        },
        .collapse: Expectation(start: .atTheme) {
            row($0, 1, .folder(.app, "ui"))
            #expect($0.after.browser.expanded == $0.before.browser.expanded)
        },
        .parent: Expectation(start: .atTheme) { row($0, 1, .folder(.app, "ui")) },
        .activate: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .editing(
                        EditState(address: theme, original: "dark", editor: LineEditor("dark"))))
            #expect($0.effects.isEmpty)
        },
        .expandAll: Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded.count == 8)
            #expect($0.after.browser.expanded.contains(.folder(.app, "ui.widgets")))
            #expect($0.effects.isEmpty)
        },
        .collapseAll: Expectation(start: .atTheme) {
            #expect($0.after.browser.expanded.isEmpty)
            // The selected key is hidden now: the row number is kept, clamped to the 3 contexts.
            #expect($0.after.browser.selectedRow == 2)
        },
        .expandToLevel(1): Expectation(start: .collapsed) {
            #expect(
                $0.after.browser.expanded
                    == [.context(.app), .context(doc), .context(user)])
        },
        .expandToLevel(2): Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded.count == 6)
            #expect($0.after.browser.expanded.contains(.folder(doc, "guides")))
            #expect(!$0.after.browser.expanded.contains(.folder(doc, "guides.install")))
        },
        .expandToLevel(3): Expectation(start: .collapsed) {
            #expect($0.after.browser.expanded.count == 8)
        },
        .focusNext: Expectation(start: .atTheme) {
            #expect($0.after.focus == .value)
            #expect($0.after.browser == $0.before.browser)
        },
        .toggleWrap: Expectation(start: .atTheme) {
            #expect($0.after.valuePane.wraps)
            #expect($0.after.valuePane.scrollTop == 0)
        },
        .toggleLineNumbers: Expectation(start: .atTheme) {
            #expect(!$0.after.valuePane.showsLineNumbers)
        },
        .editInline: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .editing(
                        EditState(address: theme, original: "dark", editor: LineEditor("dark"))))
        },
        .editExternal: Expectation(start: .atTheme) {
            #expect($0.effects == [.editExternally(theme, "dark")])
            #expect($0.after.mode == .browse)
        },
        .addKey: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .adding(AddState(context: .app, namespace: ui, key: LineEditor())))
        },
        .delete: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .confirmDelete(
                        DeleteRequest(path: "app:ui:theme", description: "the key app:ui:theme")))
            #expect($0.document.engine.get(theme) == "dark")
        },
        .undo: Expectation(start: .afterEdit) {
            #expect($0.document.engine.get(theme) == "dark")
            #expect($0.after.status?.text.hasPrefix("undid #") == true)
            #expect($0.effects.isEmpty)
        },
        .redo: Expectation(start: .afterEdit) {
            // Nothing was undone: redo says so and changes nothing.
            #expect($0.document.engine.get(theme) == "x")
            #expect($0.after.status?.isError == true)
        },
        .save: Expectation(start: .atTheme) {
            #expect($0.effects == [.save(force: false)])
            #expect($0.after == $0.before)
        },
        .quit: Expectation(start: .atTheme) {
            #expect($0.effects == [.quit])
            #expect($0.after.shouldQuit)
        },
        .toggleHelp: Expectation(start: .atTheme) {
            #expect($0.after.mode == .help(filter: "", scrollTop: 0))
        },
        .suspend: Expectation(start: .atTheme) {
            #expect($0.effects == [.suspend])
            #expect($0.after == $0.before)
        },
        .redraw: Expectation(start: .atTheme) {
            #expect($0.effects == [.redraw])
            #expect($0.after == $0.before)
        },
        .messageLog: Expectation(start: .atTheme, then: [.character("u")]) {
            #expect($0.before.messages.entries.last?.text == "there is nothing to undo")
            #expect($0.after.mode == .messageLog(scrollTop: 0))
        },
        // Command line and copy
        .openCommandLine: Expectation(start: .atTheme) {
            #expect($0.after.mode == .commandLine(CommandLineState()))
            #expect($0.after.browser == $0.before.browser)
            #expect($0.effects.isEmpty)
        },
        .copyValue: Expectation(start: .atTheme) {
            #expect($0.effects == [.copy("dark", what: "value of app:ui:theme")])
            #expect($0.after.register == "dark")
            #expect($0.after.mode == .browse)
        },
        .copyPath: Expectation(start: .atTheme) {
            #expect($0.effects == [.copy("app:ui:theme", what: "path app:ui:theme")])
            #expect($0.after.register == "app:ui:theme")
        },
        // Structural edits: each asks first; nothing changes yet.
        .renameKey: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .structureField(StructureField(kind: .renameKey(theme), text: "theme")))
            #expect($0.engine.history.isEmpty)
        },
        .moveNamespace: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .structureField(
                        StructureField(kind: .moveNamespace(.app, ui), text: "app:ui")))
            #expect($0.engine.history.isEmpty)
        },
        .copyNamespace: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .structureField(StructureField(kind: .copyNamespace(.app, ui), text: "")))
            #expect($0.engine.history.isEmpty)
        },
        .compareNamespace: Expectation(start: .twoContexts) {
            // The field offers the other context that holds the namespace.
            #expect(
                $0.after.mode
                    == .structureField(StructureField(kind: .compareWith(.app, ui), text: "user")))
        },
        // Drawer panes: open and focus.
        .togglePane(.history): Expectation(start: .atTheme) {
            #expect($0.after.panes.open == [.history])
            #expect($0.after.focus == .history)
            #expect($0.after.browser.selectedID == $0.before.browser.selectedID)
        },
        .togglePane(.scratch): Expectation(start: .atTheme) {
            #expect($0.after.panes.open == [.scratch])
            #expect($0.after.focus == .scratch)
        },
        .togglePane(.workspace): Expectation(start: .atTheme) {
            #expect($0.after.panes.open == [.workspace])
            #expect($0.after.focus == .workspace)
        },
        // Search, filter and fuzzy jump.
        .search(.forward): Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .searching(
                        SearchField(
                            direction: .forward, origin: $0.before.browser, originValueScroll: 0)))
        },
        .search(.backward): Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .searching(
                        SearchField(
                            direction: .backward, origin: $0.before.browser, originValueScroll: 0))
            )
        },
        .searchNext: Expectation(start: .searched) {
            // `on` after `font`, downwards in the tree.
            #expect(
                $0.after.browser.selectedID
                    == .key(address("doc:guides.install:sections[10_intro]")))
            #expect($0.after.status == nil)
        },
        .searchPrevious: Expectation(start: .searched) {
            // `on` before `font`, upwards in the tree.
            #expect($0.after.browser.selectedID == .key(address("app:ui.widgets:button[0]")))
            #expect($0.after.search.last?.direction == .forward)
        },
        .editFilter: Expectation(start: .atTheme) {
            #expect(
                $0.after.mode
                    == .filtering(FilterField(origin: $0.before.browser, search: $0.before.search)))
        },
        .clearFilter: Expectation(start: .filtered) {
            #expect($0.after.browser.filter == nil)
            #expect($0.after.browser.expanded.count == 8)
            #expect($0.after.browser.selectedID == font)
            #expect($0.after.status?.text == "filter cleared")
        },
        .fuzzyJump: Expectation(start: .atTheme) {
            guard case .jumping(let palette) = $0.after.mode else {
                Issue.record("no palette: \($0.after.mode)")
                return
            }
            // An empty query lists every key, in tree order.
            #expect(palette.hits.count == 8)
            #expect(palette.hits.first == address("app:ui.widgets:button[0]"))
            #expect(palette.selected == 0)
        },
    ]
}
