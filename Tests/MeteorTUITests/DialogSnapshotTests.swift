import MeteorKit
import Testing

@testable import MeteorTUI

/// Whole-screen snapshots of the dialogs, the loading screen and the too-small screen.
@Suite struct DialogSnapshotTests {
    static let sizes = ScreenSnapshotTests.sizes

    /// The frame after `keys`, on a dirty document whose next save finds the file changed.
    func screen(
        _ keys: [InputEvent], size: Size, prepare: (InMemoryDocument) throws -> Void = { _ in }
    ) throws -> String {
        let (app, document) = try Fixtures.app(size: size)
        try prepare(document)
        for key in [.resize(size)] + keys { app.step(key) }
        app.draw()
        return try #require(app.backend.lastFrame).lines.joined(separator: "\n")
    }

    static func dirty(_ document: InMemoryDocument) throws {
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
    }

    static func changedOnDisk(_ document: InMemoryDocument) throws {
        try dirty(document)
        document.nextSaveError = MeteorError(.documentChanged, "the file changed on disk")
        document.existingFiles = ["demo-copy.meteor"]
        document.existingDirectories = ["backups"]
    }

    @Test(arguments: sizes)
    func quitWithUnsavedChanges(size: Size) throws {
        let text = try screen([.key(.character("q"))], size: size, prepare: Self.dirty)
        assertSnapshot(text, named: "quit-\(size)")
    }

    @Test(arguments: sizes)
    func fileChangedOnDisk(size: Size) throws {
        let text = try screen([.key(.character("w"))], size: size, prepare: Self.changedOnDisk)
        assertSnapshot(text, named: "file-changed-\(size)")
    }

    @Test(arguments: sizes)
    func saveAsWithAMissingDirectory(size: Size) throws {
        let keys: [InputEvent] =
            [.key(.character("w")), .key(.character("s")), .key(.control("u"))]
            + Fixtures.type("drafts/demo.meteor") + [.key(.enter)]
        let text = try screen(keys, size: size, prepare: Self.changedOnDisk)
        assertSnapshot(text, named: "save-as-\(size)")
    }

    @Test(arguments: sizes)
    func saveAsOverAnExistingFile(size: Size) throws {
        let keys: [InputEvent] =
            [.key(.character("w")), .key(.character("s")), .key(.control("u"))]
            + Fixtures.type("demo-copy.meteor") + [.key(.enter)]
        let text = try screen(keys, size: size, prepare: Self.changedOnDisk)
        assertSnapshot(text, named: "save-as-replace-\(size)")
    }

    @Test(arguments: sizes)
    func recoveryOffer(size: Size) throws {
        let (app, document) = try Fixtures.app(size: size)
        document.pendingRecoveryCount = 3
        try app.run()
        let first = try #require(app.backend.frames.first)
        assertSnapshot(first.lines.joined(separator: "\n"), named: "recovery-\(size)")
    }

    @Test(arguments: sizes)
    func loadingScreen(size: Size) {
        let progress = LoadingProgress(
            name: "big.meteor", stage: "parsing", done: 24_117_248, total: 57_344_000,
            fileBytes: 57_344_000)
        let frame = LoadingScreen.render(progress, size: size)
        assertSnapshot(frame.lines.joined(separator: "\n"), named: "loading-\(size)")
    }

    @Test(arguments: [Size(width: 30, height: 8), Size(width: 39, height: 24)])
    func terminalTooSmall(size: Size) throws {
        assertSnapshot(try screen([], size: size), named: "too-small-\(size)")
    }

    @Test func loadingScreenOnATinyTerminal() {
        let progress = LoadingProgress(
            name: "big.meteor", stage: "indexing", done: 1, total: 4, unit: .entries)
        let frame = LoadingScreen.render(progress, size: Size(width: 20, height: 4))
        #expect(
            frame.lines == [
                "loading big.meteor", "indexing 25% (1 of 4", "q or Ctrl-C cancels", "",
            ])
    }
}
