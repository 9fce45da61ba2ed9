import MeteorKit
import Testing

@testable import MeteorTUI

/// Whole-screen snapshots of the drawer panes and their dialogs at 80×24 and 120×40.
@Suite struct PaneSnapshotTests {
    typealias F = PaneFixtures
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func screen(_ events: [InputEvent], size: Size, notes: Bool = false) throws -> String {
        let (app, document) = try F.app(size: size)
        if notes {
            try document.engine.execute(
                .scratchSet(name: "release.checklist", value: "tag v1.2\nupdate the changelog\n"))
        }
        F.step(app, [F.key("*")] + events)
        return F.screen(app).joined(separator: "\n")
    }

    @Test(arguments: sizes)
    func historyPane(size: Size) throws {
        assertSnapshot(try screen([F.key("H"), F.key("j")], size: size), named: "history-\(size)")
    }

    @Test(arguments: sizes)
    func historyDetail(size: Size) throws {
        let keys: [InputEvent] = [F.key("H"), .key(.end), .key(.enter)]
        assertSnapshot(try screen(keys, size: size), named: "history-detail-\(size)")
        let failure: [InputEvent] = [F.key("H"), F.key("j"), .key(.enter)]
        assertSnapshot(try screen(failure, size: size), named: "history-failure-\(size)")
    }

    @Test(arguments: sizes)
    func historyJump(size: Size) throws {
        let keys: [InputEvent] = [F.key("H"), .key(.end), F.key("U")]
        assertSnapshot(try screen(keys, size: size), named: "history-jump-\(size)")
    }

    @Test(arguments: sizes)
    func scratchPane(size: Size) throws {
        let keys: [InputEvent] = [F.key("S"), F.key("j")]
        assertSnapshot(try screen(keys, size: size, notes: true), named: "scratch-\(size)")
    }

    @Test(arguments: sizes)
    func scratchDialogs(size: Size) throws {
        let add: [InputEvent] = [F.key("S"), F.key("a")] + Fixtures.type("my note")
        assertSnapshot(try screen(add, size: size), named: "scratch-new-\(size)")
        let delete: [InputEvent] = [F.key("S"), F.key("d")]
        assertSnapshot(try screen(delete, size: size), named: "scratch-delete-\(size)")
    }

    @Test(arguments: sizes)
    func workspacePane(size: Size) throws {
        assertSnapshot(try screen([F.key("W")], size: size), named: "workspace-\(size)")
    }

    @Test(arguments: sizes)
    func everyPaneOpen(size: Size) throws {
        let keys: [InputEvent] = [F.key("W"), F.key("S"), F.key("H")]
        assertSnapshot(try screen(keys, size: size, notes: true), named: "all-panes-\(size)")
    }
}
