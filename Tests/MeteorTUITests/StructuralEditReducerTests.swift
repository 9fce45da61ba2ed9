import MeteorKit
import Testing

@testable import MeteorTUI

/// `r`, `m`, `c`: field with live diagnostics → preview → apply (one undo step), with the tree
/// selection following the item.
@Suite struct StructuralEditReducerTests {
    @Test func renameKeepsThePositionFollowsTheKeyAndUndoesInOneStep() throws {
        let session = try StructureSession()
        let theme = try session.address("app:ui:theme")
        try session.select(.key(theme))
        session.press(.character("r"))
        #expect(session.field?.editor.text == "theme")
        session.retype("colour[main]")
        #expect(session.field?.problem == nil)
        session.press(.enter)
        let preview = try #require(session.preview)
        #expect(preview.summary == "app:ui:theme → app:ui:colour[main]")
        #expect(preview.clashCount == 0)
        session.press(.character("y"))
        #expect(session.app.state.mode == .browse)
        #expect(
            try session.lines("app", "ui") == ["colour[main]=dark", "font=mono", "list[0]=first"])
        let renamed = try session.address("app:ui:colour[main]")
        #expect(session.app.state.browser.selectedID == .key(renamed))
        #expect(session.app.state.status?.text.hasSuffix("u undoes") == true)
        #expect(session.engine.history.undoableCount == 1)
        session.press(.character("u"))
        #expect(try session.lines("app", "ui") == ["theme=dark", "font=mono", "list[0]=first"])
        #expect(session.app.state.browser.selectedID == .key(theme))
        session.press(.control("r"))
        #expect(session.app.state.browser.selectedID == .key(renamed))
    }

    @Test func renameValidatesLiveAndRefusesAnInvalidKey() throws {
        let session = try StructureSession()
        try session.select(.key(try session.address("app:ui:theme")))
        session.press(.character("r"))
        session.retype("a[0")
        #expect(session.field?.problem?.contains("error[invalidBracket]") == true)
        session.press(.enter)
        #expect(session.field != nil)
        session.retype("theme")
        session.press(.enter)
        #expect(session.app.state.mode == .browse)
        #expect(session.app.state.status?.text == "no change")
    }

    @Test func renameOntoAnExistingKeyNeedsOverwrite() throws {
        let session = try StructureSession()
        try session.select(.key(try session.address("app:ui:theme")))
        session.press(.character("r"))
        session.retype("font")
        session.press(.enter)
        #expect(session.preview?.clashCount == 1)
        session.press(.character("y"))
        #expect(session.preview != nil)
        #expect(session.app.state.status?.isError == true)
        #expect(try session.lines("app", "ui").count == 3)
        session.press(.character("o"))
        #expect(try session.lines("app", "ui") == ["font=dark", "list[0]=first"])
        session.press(.character("u"))
        #expect(try session.lines("app", "ui") == ["theme=dark", "font=mono", "list[0]=first"])
    }

    @Test func renameNeedsAKeySelected() throws {
        let session = try StructureSession()
        session.press(.character("r"))
        #expect(session.app.state.mode == .browse)
        #expect(session.app.state.status?.text == "select a key to rename it")
    }

    @Test func moveRenamesANamespaceIntoAnotherContextAndUndoBringsItBack() throws {
        let session = try StructureSession()
        let source = TreeNodeID.folder(.app, "ui")
        try session.select(source)
        session.press(.character("m"))
        #expect(session.field?.editor.text == "app:ui")
        session.retype("doc:settings.ui")
        session.press(.enter)
        let preview = try #require(session.preview)
        #expect(preview.summary == "app:ui → doc:settings.ui")
        #expect(preview.keyCount == 3)
        #expect(preview.sample == ["theme", "font", "list[0]"])
        #expect(preview.notes == ["sub-namespace app:ui.widgets stays where it is"])
        session.press(.character("y"))
        #expect(
            try session.lines("doc", "settings.ui") == ["theme=dark", "font=mono", "list[0]=first"])
        #expect(try session.lines("app", "ui").isEmpty)
        let moved = TreeNodeID.folder(try Context(validating: "doc"), "settings.ui")
        #expect(session.app.state.browser.selectedID == moved)
        #expect(session.engine.history.undoableCount == 1)
        session.press(.character("u"))
        #expect(try session.lines("app", "ui") == ["theme=dark", "font=mono", "list[0]=first"])
        #expect(try session.lines("doc", "settings.ui").isEmpty)
        #expect(session.app.state.browser.selectedID == source)
    }

    @Test(arguments: [
        ("user", "tooManyParts"), ("1x:ui", "invalidContext"), ("app:ui..w", "emptyNamespacePart"),
        ("app:ui.ctl", "reservedNamespacePart"), ("app:a.b.c.d.e.f", "namespaceTooDeep"),
    ])
    func moveFieldShowsSpecDiagnostics(text: String, kind: String) throws {
        let session = try StructureSession()
        try session.select(.folder(.app, "ui"))
        session.press(.character("m"))
        session.retype(text)
        #expect(session.field?.problem?.hasPrefix("error[\(kind)]") == true)
        session.press(.enter)
        #expect(session.field != nil)
    }

    @Test func moveDiagnosticsPointIntoTheWholeField() throws {
        let session = try StructureSession()
        try session.select(.folder(.app, "ui"))
        session.press(.character("m"))
        session.retype("app:ui..w")
        let lines = try #require(session.field?.problem).split(separator: "\n")
        #expect(lines.contains("1 | app:ui..w"))
        #expect(lines.contains("  |        ^"))  // the second dot
    }

    @Test func moveOntoItselfOrFromAFolderWithoutKeysIsRefused() throws {
        let session = try StructureSession()
        try session.select(.folder(.app, "ui"))
        session.press(.character("m"), .enter)
        #expect(session.field?.problem?.contains("is already") == true)
        session.press(.escape)
        try session.select(.folder(try Context(validating: "doc"), "guides"))
        session.press(.character("m"))
        #expect(session.app.state.mode == .browse)
        #expect(session.app.state.status?.text.contains("holds no keys itself") == true)
    }

    @Test func copyToAnotherContextKeepsTheNameAndTheSource() throws {
        let session = try StructureSession()
        try session.select(.key(try session.address("app:ui:font")))
        session.press(.character("c"))
        #expect(session.field?.editor.text == "")
        session.retype("doc")
        session.press(.enter)
        #expect(session.preview?.summary == "app:ui → doc:ui")
        session.press(.enter)
        #expect(try session.lines("doc", "ui") == ["theme=dark", "font=mono", "list[0]=first"])
        #expect(try session.lines("app", "ui").count == 3)
        #expect(
            session.app.state.browser.selectedID == .folder(try Context(validating: "doc"), "ui"))
        session.press(.character("u"))
        #expect(try session.lines("doc", "ui").isEmpty)
    }

    @Test func copyIntoAContextHoldingTheNamespaceShowsClashesAndOverwrites() throws {
        let session = try StructureSession()
        try session.select(.folder(.app, "ui"))
        session.press(.character("c"))
        session.retype("user")
        session.press(.enter)
        let preview = try #require(session.preview)
        #expect(preview.clashCount == 2)
        #expect(preview.clashes == ["user:ui:theme", "user:ui:font"])
        #expect(session.screen().contains("o overwrite"))
        session.press(.character("e"))
        #expect(session.field?.editor.text == "user")
        session.press(.enter, .character("o"))
        #expect(
            try session.lines("user", "ui") == [
                "theme=dark", "font=mono", "extra=1", "list[0]=first",
            ])
        session.press(.character("u"))
        #expect(try session.lines("user", "ui") == ["theme=light", "font=mono", "extra=1"])
    }

    @Test func escapeAndNCancelWithoutChanges() throws {
        let session = try StructureSession()
        try session.select(.folder(.app, "ui"))
        let before = Array(session.engine.entries)
        session.press(.character("c"))
        session.press(.escape)
        #expect(session.app.state.mode == .browse)
        session.press(.character("c"))
        session.retype("doc")
        session.press(.enter, .character("n"))
        #expect(session.app.state.mode == .browse)
        #expect(Array(session.engine.entries) == before)
        #expect(session.engine.history.isEmpty)
    }

    @Test func structuralKeysAreBoundOnceInBrowse() {
        let keymap = Keymap.standard
        let expected: [(Character, Action)] = [
            ("r", .renameKey), ("m", .moveNamespace), ("c", .copyNamespace),
            ("C", .compareNamespace),
        ]
        for (character, action) in expected {
            #expect(keymap.resolve([.character(character)], in: .browse) == .action(action))
            #expect(
                keymap.bindings.filter { $0.scope == .browse && $0.keys == [.character(character)] }
                    .count == 1)
        }
    }
}
