import Foundation
import MeteorConfig
import MeteorTUI
import Testing

/// The config file: good files change the theme and the keys; every kind of bad file is
/// reported with its line and leaves the defaults.
@Suite struct TUIConfigTests {
    func parse(_ text: String) throws(ConfigError) -> TUIConfig {
        try TUIConfigParser.parse(text, file: "config.toml")
    }

    func problems(_ text: String) -> [ConfigProblem] {
        do {
            _ = try parse(text)
            Issue.record("expected problems")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func anEmptyFileIsTheDefaults() throws {
        #expect(try parse("") == .defaults)
        #expect(try parse("# nothing yet\n") == .defaults)
    }

    @Test func aBaseThemeAndRoleOverrides() throws {
        let config = try parse(
            """
            [theme]
            base = "light"

            [theme.selection]
            foreground = "black"
            background = "cyan"
            attributes = ["bold", "underline"]

            [theme.focused-border]
            fg = "RED"
            """)
        #expect(
            config.theme[.selection]
                == Style(foreground: .black, background: .cyan, attributes: [.bold, .underline]))
        // Fields left out keep the base theme's value.
        #expect(config.theme[.focusedBorder] == Style(foreground: .red))
        #expect(config.theme[.title] == Theme.light[.title])
        #expect(config.keymap == .standard)
    }

    @Test func everyBuiltInThemeHasAName() throws {
        for name in ["standard", "monochrome", "light", "high-contrast"] {
            let config = try parse("[theme]\nbase = \"\(name)\"\n")
            #expect(config.theme == Theme.builtIn[name])
        }
        #expect(Theme.highContrast[.muted].attributes.isEmpty)
    }

    @Test func keysReplaceTheDefaultsOfAnAction() throws {
        let config = try parse(
            """
            [keys]
            save = ["ctrl-s", "F2"]
            quit = "Q"
            first-row = "g g"
            help = []
            """)
        let keymap = config.keymap
        #expect(keymap.resolve([.function(2)], in: .browse) == .action(.save))
        #expect(keymap.resolve([.control("s")], in: .browse) == .action(.save))
        #expect(keymap.resolve([.character("w")], in: .browse) == .unbound)
        #expect(keymap.resolve([.character("Q")], in: .browse) == .action(.quit))
        #expect(keymap.resolve([.character("q")], in: .browse) == .unbound)
        #expect(keymap.resolve([.function(1)], in: .browse) == .unbound)
        #expect(!keymap.bindings.contains { $0.action == .toggleHelp })
        #expect(keymap.resolve([.character("?")], in: .browse) == .unbound)
        // The help overlay's own keys are untouched.
        #expect(keymap.resolve([.escape], in: .help) == .action(.cancel))
        let save = keymap.bindings.filter { $0.action == .save }
        #expect(save.map(\.help) == ["save", "save"])
        #expect(save.first?.isHint == true)
    }

    @Test func aKeyGivenToAnActionLeavesItsOldAction() throws {
        let keymap = try parse("[keys]\nundo = \"d\"\n").keymap
        #expect(keymap.resolve([.character("d")], in: .browse) == .action(.undo))
        #expect(!keymap.bindings.contains { $0.action == .delete })
        #expect(keymap.resolve([.character("u")], in: .browse) == .unbound)
    }

    @Test func questionMarkCanSearchBackwardAsInVi() throws {
        let keymap = try parse("[keys]\nsearch-backward = \"?\"\n").keymap
        #expect(keymap.resolve([.character("?")], in: .browse) == .action(.search(.backward)))
        #expect(keymap.resolve([.function(1)], in: .browse) == .action(.toggleHelp))
        // Messages and the hint bar name the key help is left with.
        #expect(keymap.key(for: .toggleHelp) == "F1")
        #expect(
            keymap.hints(for: .tree).contains { $0.action == .toggleHelp && $0.keyText == "F1" })
    }

    @Test func commandLineAndCopyAreBindable() throws {
        let keymap = try parse(
            "[keys]\ncommand-line = [\";\", \":\"]\ncopy-value = \"alt-c\"\n"
        ).keymap
        #expect(keymap.resolve([.character(";")], in: .browse) == .action(.openCommandLine))
        #expect(keymap.resolve([.alt("c")], in: .browse) == .action(.copyValue))
        #expect(keymap.resolve([.character("y")], in: .browse) == .unbound)
    }

    @Test func structuralPaneAndSearchActionsAreBindable() throws {
        let keymap = try parse(
            """
            [keys]
            rename-key = "R"
            history-pane = "alt-h"
            workspace-pane = []
            search-backward = "B"
            fuzzy-jump = ["ctrl-p", "ctrl-f"]
            clear-filter = "alt-f"
            """
        ).keymap
        #expect(keymap.resolve([.character("R")], in: .browse) == .action(.renameKey))
        #expect(keymap.resolve([.character("r")], in: .browse) == .unbound)
        #expect(keymap.resolve([.alt("h")], in: .browse) == .action(.togglePane(.history)))
        #expect(keymap.resolve([.character("W")], in: .browse) == .unbound)
        #expect(keymap.resolve([.character("B")], in: .browse) == .action(.search(.backward)))
        #expect(keymap.resolve([.character("?")], in: .browse) == .action(.toggleHelp))
        #expect(keymap.resolve([.control("f")], in: .browse) == .action(.fuzzyJump))
        #expect(keymap.resolve([.control("p")], in: .browse) == .action(.fuzzyJump))
        #expect(keymap.resolve([.alt("f")], in: .browse) == .action(.clearFilter))
        // The fuzzy palette's own Ctrl-P (previous hit) is untouched.
        #expect(keymap.resolve([.control("p")], in: .fuzzy) == .action(.move(.up)))
    }

    @Test func aSyntaxErrorPointsAtItsLineAndColumn() {
        let found = problems("[keys]\nsave = [\"w\"\nquit = \"q\"\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.column != nil)
        #expect(found.first?.message.hasPrefix("TOML syntax:") == true)
        #expect(found.first?.description.hasPrefix("config.toml:3:") == true)
    }

    @Test func anUnknownActionIsNamedWithItsLine() {
        let found = problems("# keys\n[keys]\nsave = \"w\"\nsvae = \"s\"\n")
        #expect(found.map(\.line) == [4])
        #expect(found.first?.message == "unknown action `svae`")
        #expect(found.first?.hint?.contains("command-line") == true)
    }

    @Test func anUnknownKeyNameIsNamedWithItsLine() {
        let found = problems("[keys]\nsave = [\"ctrl-s\", \"hyper-x\"]\n")
        #expect(found.map(\.line) == [2])
        #expect(found.first?.message == "unknown key name \"hyper-x\" for `save`")
    }

    @Test func aKeyGivenTwiceIsAProblem() {
        let found = problems("[keys]\nsave = \"x\"\nquit = \"x\"\n")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("given to both") == true)
    }

    @Test func anUnknownColourRoleAttributeOrThemeIsNamed() {
        let found = problems(
            """
            [theme]
            base = "solarized"
            [theme.selection]
            foreground = "purple"
            attributes = ["blink"]
            [theme.sidebar]
            foreground = "red"
            [theme.error]
            colour = "red"
            """)
        #expect(found.map(\.line) == [2, 4, 5, 6, 9])
        #expect(found[0].message == "unknown theme \"solarized\"")
        #expect(found[1].message == "unknown colour \"purple\" for `foreground`")
        #expect(found[2].message == "unknown attribute \"blink\"")
        #expect(found[3].message == "unknown theme role `sidebar`")
        #expect(found[4].message == "unknown field `colour` in [theme.error]")
    }

    @Test func wrongTypesAndUnknownSectionsAreProblems() {
        let found = problems("colors = 3\n[keys]\nsave = 4\n")
        #expect(found.count == 2)
        #expect(found.contains { $0.message == "unknown section `colors`" })
        #expect(found.contains { $0.message.contains("must be a key name") && $0.line == 3 })
    }

    @Test func keyNames() {
        #expect(KeyName.parse("ctrl-s") == [.control("s")])
        #expect(KeyName.parse("Ctrl-S") == [.control("s")])
        #expect(KeyName.parse("C-x") == [.control("x")])
        #expect(KeyName.parse("alt-X") == [.alt("X")])
        #expect(KeyName.parse("space") == [.character(" ")])
        #expect(KeyName.parse("G") == [.character("G")])
        #expect(KeyName.parse("g g") == [.character("g"), .character("g")])
        #expect(KeyName.parse("PgDn") == [.pageDown])
        #expect(KeyName.parse("shift-tab") == [.backTab])
        #expect(KeyName.parse("f12") == [.function(12)])
        #expect(KeyName.parse("f13") == nil)
        #expect(KeyName.parse("ctrl-1") == nil)
        #expect(KeyName.parse("") == nil)
        #expect(KeyName.parse("a b c") == nil)
    }

    @Test func locationFollowsFlagThenXDGThenHome() {
        #expect(
            ConfigLocation.resolve(flag: "/x.toml", environment: ["HOME": "/h"])
                == ConfigLocation(path: "/x.toml", isExplicit: true))
        #expect(
            ConfigLocation.resolve(
                flag: nil, environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])
                == ConfigLocation(path: "/c/meteor/config.toml", isExplicit: false))
        #expect(
            ConfigLocation.resolve(
                flag: nil, environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
                == ConfigLocation(path: "/h/.config/meteor/config.toml", isExplicit: false))
        #expect(ConfigLocation.resolve(flag: nil, environment: [:]) == nil)
    }
}

/// The example config shipped in docs/ parses, and does what its comments say.
@Suite struct ExampleConfigTests {
    @Test func theShippedExampleParses() throws {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let text = try String(
            contentsOfFile: "/" + path + "/docs/config.example.toml", encoding: .utf8)
        let config = try TUIConfigParser.parse(text, file: "config.example.toml")
        #expect(
            config.theme[.selection]
                == Style(foreground: .black, background: .cyan, attributes: .bold))
        #expect(config.keymap.resolve([.character(";")], in: .browse) == .action(.openCommandLine))
        #expect(config.keymap.resolve([.control("f")], in: .browse) == .action(.fuzzyJump))
    }

    /// The example's comment and docs/tui.md list every action name a config file can use.
    @Test(arguments: ["docs/config.example.toml", "docs/tui.md"])
    func theDocsListEveryActionName(_ file: String) throws {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let text = try String(contentsOfFile: "/" + path + "/" + file, encoding: .utf8)
        let quote = file.hasSuffix(".md") ? "`" : ""
        for name in ActionName.table.keys.sorted() {
            let listed =
                file.hasSuffix(".md")
                ? text.contains(quote + name + quote)
                : text.contains(" " + name + ",") || text.contains(" " + name + ".")
            #expect(listed, "\(file) does not list the action `\(name)`")
        }
    }
}
