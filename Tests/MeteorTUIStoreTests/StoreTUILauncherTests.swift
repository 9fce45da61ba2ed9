import Foundation
import MeteorStore
import MeteorTUI
import Testing

@testable import MeteorTUIStore

/// Opening a document with the loading screen, on the in-memory terminal.
@Suite struct StoreTUILauncherTests {
    /// A document big enough for several progress reports (about 3 MB).
    static func bigDocument() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-launcher-\(UUID().uuidString).meteor").path
        var text = "# meteor v1\n"
        for index in 0..<60_000 {
            text += "ctx\(index % 3):ns\(index % 7):key\(index)=some value number \(index)\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func showsProgressThenTheFirstFrame() throws {
        let path = try Self.bigDocument()
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24))
        terminal.enter()
        let app = try StoreTUILauncher.makeApp(
            path: path, store: FileStore(), backend: terminal, editor: NoEditor())
        let loading = terminal.frames
        #expect(loading.count >= 4)
        #expect(loading.allSatisfy { $0.lines.joined().contains("loading meteor-launcher-") })
        #expect(loading.contains { $0.lines.joined().contains("parsing") })
        #expect(loading.contains { $0.lines.joined().contains("indexing") })
        try app.run()
        #expect(app.reducer.document.engine.entryCount == 60_000)
        let first = try #require(terminal.frames.dropFirst(loading.count).first)
        #expect(first.lines[1].contains("▾ ctx0"))
        #expect(!terminal.isEntered)
    }

    @Test(arguments: [KeyPress.character("q"), .control("c"), .escape])
    func aKeyDuringLoadingCancels(_ key: KeyPress) throws {
        let path = try Self.bigDocument()
        let terminal = InMemoryTerminal(size: Size(width: 80, height: 24), events: [.key(key)])
        terminal.enter()
        do {
            _ = try StoreTUILauncher.makeApp(
                path: path, store: FileStore(), backend: terminal, editor: NoEditor())
            Issue.record("the load went on after \(key)")
        } catch {
            #expect(error.kind == .cancelled)
            #expect(error.message.contains("was cancelled"))
        }
    }

    @Test func progressReportsBecomeScreenText() {
        let parsing = StoreTUILauncher.loadingProgress(
            DocumentLoadProgress(
                phase: .parsing, done: 1_048_576, total: 4_194_304, fileBytes: 4_194_304),
            name: "big.meteor")
        #expect(parsing.summary == "parsing 25% (1.0 of 4.0 MB)")
        let indexing = StoreTUILauncher.loadingProgress(
            DocumentLoadProgress(phase: .indexing, done: 65_536, total: 1_000_000, fileBytes: 9),
            name: "big.meteor")
        #expect(indexing.summary == "indexing 6% (65,536 of 1,000,000 entries)")
    }
}

/// `E` is not pressed in these tests.
struct NoEditor: ExternalEditor {
    func edit(_ text: String, name: String) throws(ExternalEditorError) -> String {
        throw ExternalEditorError("no editor here")
    }
}
