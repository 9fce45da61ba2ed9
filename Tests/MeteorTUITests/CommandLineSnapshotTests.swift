import MeteorKit
import Testing

@testable import MeteorTUI

/// Whole screens of the `:` line: completion list, a long result, an error.
@Suite struct CommandLineSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func screen(_ keys: [InputEvent], service: FakeCommandService, size: Size) throws -> String {
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        let app = App(
            backend: InMemoryTerminal(size: size), document: document,
            editor: ScriptedEditor(results: []), commands: service)
        for key in [.resize(size)] + keys { app.step(key) }
        app.draw()
        return try #require(app.backend.lastFrame).lines.joined(separator: "\n")
    }

    @Test(arguments: sizes)
    func completionList(size: Size) throws {
        let service = FakeCommandService(words: [
            "app:ui:", "app:ui.widgets:", "app::", "doc:guides.install:",
        ])
        let keys: [InputEvent] =
            [.key(.character(":"))] + Fixtures.type("get a") + [.key(.tab), .key(.tab)]
        assertSnapshot(
            try screen(keys, service: service, size: size), named: "command-complete-\(size)")
    }

    @Test(arguments: sizes)
    func longResult(size: Size) throws {
        let service = FakeCommandService()
        service.replies["find *:**:*"] = CommandReply(
            (1...30).map { "app:ui:key\($0)=value \($0)" }.joined(separator: "\n") + "\n")
        let keys: [InputEvent] =
            [.key(.character(":"))] + Fixtures.type("find *:**:*") + [.key(.enter)]
        assertSnapshot(
            try screen(keys, service: service, size: size), named: "command-output-\(size)")
    }

    @Test(arguments: sizes)
    func error(size: Size) throws {
        let service = FakeCommandService()
        service.replies["get app:ui..x:k"] = CommandReply(
            """
            error[invalidNamespace]: the namespace `ui..x` has an empty part
              --> 1:8
              | get app:ui..x:k
              |        ^^^^^
              = hint: write parts separated by single dots, such as ui.widgets
            """, isError: true)
        let keys: [InputEvent] =
            [.key(.character(":"))] + Fixtures.type("get app:ui..x:k") + [.key(.enter)]
        assertSnapshot(
            try screen(keys, service: service, size: size), named: "command-error-\(size)")
    }
}
