import MeteorKit
import Testing

@testable import MeteorTUI

/// Whole screens of search, filter and jump at 80×24 and 120×40.
@Suite struct SearchSnapshotTests {
    func screen(_ keys: [InputEvent], size: Size) throws -> String {
        let (app, _) = try Fixtures.app(size: size)
        for key in [.resize(size)] + keys { app.step(key) }
        app.draw()
        return try #require(app.backend.lastFrame).lines.joined(separator: "\n")
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func searchFieldWithAHitInACollapsedNamespace(size: Size) throws {
        let keys = [.key(.character("/"))] + Fixtures.type("la")
        assertSnapshot(try screen(keys, size: size), named: "search-\(size)")
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func filterFieldWithADiagnostic(size: Size) throws {
        let keys = [.key(.character("f"))] + Fixtures.type("la x")
        assertSnapshot(try screen(keys, size: size), named: "filter-error-\(size)")
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func filteredTree(size: Size) throws {
        let keys = [.key(.character("f"))] + Fixtures.type("la") + [.key(.enter)]
        assertSnapshot(try screen(keys, size: size), named: "filtered-\(size)")
    }

    @Test(arguments: ScreenSnapshotTests.sizes)
    func fuzzyPalette(size: Size) throws {
        let keys = [.key(.control("p"))] + Fixtures.type("me") + [.key(.down)]
        assertSnapshot(try screen(keys, size: size), named: "fuzzy-\(size)")
    }
}
