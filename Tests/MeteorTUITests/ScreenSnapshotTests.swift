import MeteorKit
import Testing

@testable import MeteorTUI

/// Whole-screen snapshots at 80×24 and 120×40, driven by scripted keys.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func screen(_ keys: [InputEvent], size: Size) throws -> String {
        let (app, _) = try Fixtures.app(size: size)
        for key in [.resize(size)] + keys { app.step(key) }
        app.draw()
        return try #require(app.backend.lastFrame).lines.joined(separator: "\n")
    }

    @Test(arguments: sizes)
    func browseExpanded(size: Size) throws {
        let keys: [InputEvent] =
            [.key(.character("*"))] + Array(repeating: .key(.character("j")), count: 5)
        assertSnapshot(try screen(keys, size: size), named: "browse-\(size)")
    }

    @Test(arguments: sizes)
    func multiLineValue(size: Size) throws {
        let keys: [InputEvent] =
            [.key(.character("*"))] + Array(repeating: .key(.character("j")), count: 11)
        assertSnapshot(try screen(keys, size: size), named: "value-\(size)")
    }

    @Test(arguments: sizes)
    func helpOverlay(size: Size) throws {
        assertSnapshot(try screen([.key(.function(1))], size: size), named: "help-\(size)")
    }

    @Test(arguments: sizes)
    func editDialogAndDiff(size: Size) throws {
        let keys: [InputEvent] =
            [.key(.character("*"))] + Array(repeating: .key(.character("j")), count: 5)
            + [.key(.character("e")), .key(.control("u"))] + Fixtures.type("light")
        assertSnapshot(try screen(keys, size: size), named: "edit-\(size)")
        assertSnapshot(try screen(keys + [.key(.enter)], size: size), named: "diff-\(size)")
    }

    @Test(arguments: sizes)
    func addKeyWithLiveDiagnostic(size: Size) throws {
        let keys: [InputEvent] = [.key(.character("a"))] + Fixtures.type("a[0")
        assertSnapshot(try screen(keys, size: size), named: "add-\(size)")
    }

    @Test(arguments: sizes)
    func addKeyInANewNamespace(size: Size) throws {
        let keys: [InputEvent] = [.key(.character("a"))] + Fixtures.type("cache:ttl")
        assertSnapshot(try screen(keys, size: size), named: "add-namespace-\(size)")
    }

    @Test(arguments: sizes)
    func deleteAndQuitDialogs(size: Size) throws {
        assertSnapshot(try screen([.key(.character("d"))], size: size), named: "delete-\(size)")
    }
}
