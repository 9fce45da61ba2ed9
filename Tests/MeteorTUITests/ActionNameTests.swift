import Testing

@testable import MeteorTUI

/// The config file's action names (`[keys]`) cover every browse action, one name each, so a
/// new binding cannot be left out of the config file again.
@Suite struct ActionNameTests {
    static let browseActions = Keymap.standard.bindings.filter { $0.scope == .browse }.map(\.action)

    @Test func everyBrowseActionHasAName() {
        for action in Self.browseActions where ActionName.name(of: action) == nil {
            Issue.record("\(action) has no config name: add one to ActionName.table and docs")
        }
    }

    /// Actions a config file can bind that have no key by default.
    static let unboundByDefault: Set<Action> = [.search(.backward)]

    @Test func everyNameIsABrowseActionOfItsOwn() {
        var seen: [Action: String] = [:]
        for (name, action) in ActionName.table {
            #expect(
                Self.browseActions.contains(action) || Self.unboundByDefault.contains(action),
                "`\(name)` names an unbound \(action)")
            if let other = seen[action] { Issue.record("`\(name)` and `\(other)` name \(action)") }
            seen[action] = name
        }
    }

    @Test func namesAreLowercaseWordsWithDashes() {
        for name in ActionName.table.keys {
            #expect(name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "`\(name)`")
        }
    }

    @Test func theNewActionsHaveTheirNames() {
        #expect(ActionName.name(of: .renameKey) == "rename-key")
        #expect(ActionName.name(of: .togglePane(.history)) == "history-pane")
        #expect(ActionName.name(of: .search(.backward)) == "search-backward")
        #expect(ActionName.name(of: .fuzzyJump) == "fuzzy-jump")
        #expect(ActionName.table["filter"] == .editFilter)
    }
}
