import MeteorKit
import Testing

@testable import MeteorTUI

extension ReducerActionTests {
    /// The search field, if it is open.
    static func searchField(_ state: AppState) -> SearchField? {
        if case .searching(let field) = state.mode { return field }
        return nil
    }

    /// The fuzzy palette, if it is open.
    static func palette(_ state: AppState) -> FuzzyPalette? {
        if case .jumping(let palette) = state.mode { return palette }
        return nil
    }

    /// One expectation per search-field action (`/on` typed: `font` selected).
    static let search: [Action: Expectation] = [
        .toggleSearchValues: Expectation(start: .searching("ir")) {
            // No key holds `ir`; the value `first` of `list[0]` does.
            #expect($0.before.browser.selectedID == .key(theme))
            #expect(searchField($0.after)?.inValues == true)
            #expect(searchField($0.after)?.found == true)
            #expect($0.after.browser.selectedID == .key(address("app:ui:list[0]")))
        },
        .acceptSearch: Expectation(start: .searching("on")) {
            #expect($0.after.mode == .browse)
            #expect($0.after.browser.selectedID == font)
            #expect($0.after.search.last == SearchQuery(text: "on", direction: .forward))
            #expect($0.after.status == nil)
        },
        .cancel: Expectation(start: .searching("on")) {
            #expect($0.before.browser.selectedID == font)
            #expect($0.after.mode == .browse)
            #expect($0.after.browser.selectedID == .key(theme))
            #expect($0.after.search.last == nil)
        },
    ]

    /// One expectation per filter-field action (`font` typed).
    static let filter: [Action: Expectation] = [
        .acceptSearch: Expectation(start: .filtering("font")) {
            #expect($0.after.mode == .browse)
            #expect($0.after.browser.filter?.text == "font")
            #expect($0.after.status?.text.hasSuffix(": 1 key") == true)
        },
        .cancel: Expectation(start: .filtering("font")) {
            #expect($0.before.browser.filter != nil)
            #expect($0.after.mode == .browse)
            #expect($0.after.browser.filter == nil)
            #expect($0.after.browser.expanded.count == 8)
            #expect($0.after.browser.selectedID == .key(theme))
        },
    ]

    /// One expectation per fuzzy-palette action (empty query: every key).
    static let fuzzy: [Action: Expectation] = [
        .acceptSearch: Expectation(start: .jumping("name")) {
            #expect($0.after.mode == .browse)
            #expect($0.after.browser.selectedID == name)
            #expect($0.after.browser.selectedRow == 15)
        },
        .move(.down): Expectation(start: .jumping("")) {
            #expect(palette($0.after)?.selected == 1)
            #expect(palette($0.after)?.hits == palette($0.before)?.hits)
        },
        .move(.up): Expectation(start: .jumping(""), then: [.down, .down]) {
            #expect(palette($0.after)?.selected == 1)
        },
        .cancel: Expectation(start: .jumping("name")) {
            #expect($0.after.mode == .browse)
            #expect($0.after.browser == $0.before.browser)
        },
    ]
}
