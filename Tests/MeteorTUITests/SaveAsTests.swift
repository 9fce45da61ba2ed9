import MeteorKit
import Testing

@testable import MeteorTUI

/// Save as, from the file-changed dialog: the field, its checks, and the effect's outcome.
@Suite struct SaveAsTests {
    /// A dirty app whose next plain save finds the file changed on disk.
    func conflicted() throws -> (App<InMemoryTerminal>, InMemoryDocument) {
        let (app, document) = try Fixtures.app()
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        document.nextSaveError = MeteorError(.documentChanged, "the file changed on disk")
        document.existingFiles = ["taken.meteor"]
        document.existingDirectories = ["backups"]
        app.step(.key(.character("w")))
        #expect(app.state.mode == .fileChanged)
        app.step(.key(.character("s")))
        app.step(.key(.control("u")))
        return (app, document)
    }

    func type(_ text: String, into app: App<InMemoryTerminal>) {
        for event in Fixtures.type(text) { app.step(event) }
    }

    @Test func savesToAFreePathWhichBecomesTheDocument() throws {
        let (app, document) = try conflicted()
        type("backups/demo.meteor", into: app)
        app.step(.key(.enter))
        #expect(app.state.mode == .browse)
        #expect(document.path == "backups/demo.meteor")
        #expect(document.displayName == "demo.meteor")
        #expect(!document.hasUnsavedChanges)
        #expect(app.state.status?.text == "saved as backups/demo.meteor")
    }

    @Test func aMissingDirectoryIsShownAndTypingClearsIt() throws {
        let (app, document) = try conflicted()
        type("nowhere/demo.meteor", into: app)
        app.step(.key(.enter))
        guard case .saveAs(let field) = app.state.mode else {
            Issue.record("left the field")
            return
        }
        #expect(field.problem == "directory nowhere does not exist")
        #expect(document.saveCount == 0)
        app.step(.key(.backspace))
        guard case .saveAs(let edited) = app.state.mode else { return }
        #expect(edited.problem == nil)
    }

    @Test func anExistingFileAsksBeforeReplacing() throws {
        let (app, document) = try conflicted()
        type("taken.meteor", into: app)
        app.step(.key(.enter))
        guard case .saveAs(let field) = app.state.mode else { return }
        #expect(field.confirmsOverwrite)
        app.step(.key(.character("n")))
        guard case .saveAs(let back) = app.state.mode else { return }
        #expect(!back.confirmsOverwrite)
        #expect(back.editor.text == "taken.meteor")
        app.step(.key(.enter))
        app.step(.key(.character("y")))
        #expect(document.path == "taken.meteor")
        #expect(app.state.mode == .browse)
    }

    @Test func escapeGoesBackToTheFileChangedDialog() throws {
        let (app, _) = try conflicted()
        app.step(.key(.escape))
        #expect(app.state.mode == .fileChanged)
    }

    @Test func aFailedSaveAsReturnsToTheFieldWithTheReason() throws {
        let (app, document) = try conflicted()
        type("backups/demo.meteor", into: app)
        document.nextSaveError = MeteorError(
            .ioError, "cannot write `backups/demo.meteor`: disk full")
        app.step(.key(.enter))
        guard case .saveAs(let field) = app.state.mode else {
            Issue.record("expected the field again, got \(app.state.mode)")
            return
        }
        #expect(field.problem == "cannot write `backups/demo.meteor`: disk full")
        #expect(field.editor.text == "backups/demo.meteor")
        #expect(document.path == "demo.meteor")
        #expect(document.hasUnsavedChanges)
    }

    @Test func ownPathAndEmptyPathAreProblems() throws {
        let (app, _) = try conflicted()
        app.step(.key(.enter))
        guard case .saveAs(let empty) = app.state.mode else { return }
        #expect(empty.problem == "type a file path, such as notes-copy.meteor")
        type("demo.meteor", into: app)
        app.step(.key(.enter))
        guard case .saveAs(let own) = app.state.mode else { return }
        #expect(own.problem == "that is this document's own file: choose overwrite instead")
    }
}

/// Long save-as problems wrap instead of being clipped.
@Suite struct SaveAsWrapTests {
    @Test func wrapsAtSpacesAndCutsLongWords() {
        #expect(
            TextLayout.wrap("directory /a/b does not exist", width: 14) == [
                "directory /a/b", "does not exist",
            ])
        #expect(TextLayout.wrap("abcdefghij k", width: 4) == ["abcd", "efgh", "ij k"])
        #expect(TextLayout.wrap("short", width: 40) == ["short"])
    }
}
