import Testing

@testable import MeteorKit

/// The bulk load path used by documents.
@Suite struct MeteorEngineLoadTests {
    func entries(_ lines: [String]) throws -> [Entry] {
        try lines.map { line in
            let parts = line.split(separator: "=", maxSplits: 1)
            return Entry(try Address(parsing: String(parts[0])), String(parts[1]))
        }
    }

    @Test func loadKeepsOrderAcrossRunsAndMatchesSet() throws {
        let input = try entries([
            "app:ui:b=1", "app:ui:a=2", "doc:g:x=3", "app:ui:c=4", "app::root=5", "app:ui:list[]=6",
        ])
        let loaded = MeteorEngine()
        #expect(try loaded.load(input) == nil)
        let reference = MeteorEngine()
        for entry in input { try reference.set(entry.address, entry.value) }
        #expect(Array(loaded.entries) == Array(reference.entries))
        #expect(loaded.entryCount == 6)
        #expect(try loaded.get("app:ui:list[0]") == "6")
        #expect(loaded.history.isEmpty)
    }

    @Test func loadReportsTheFirstDuplicate() throws {
        let engine = MeteorEngine()
        let duplicate = try engine.load(
            try entries(["app:ui:a=1", "app:ui:b=2", "app:ui:a=3", "app:ui:b=4"]))
        #expect(duplicate == 2)
    }

    @Test func loadEnforcesLimits() throws {
        var limits = Profile.default.limits
        limits.valueLength = 3
        let engine = MeteorEngine(limits: limits)
        let error = try #require(throws: MeteorError.self) {
            _ = try engine.load(try entries(["app:ui:a=1", "app:ui:b=long"]))
        }
        #expect(error.kind == .limitExceeded)
    }

    @Test func loadInvalidatesCachedQueries() throws {
        let engine = MeteorEngine()
        let pattern = try QueryPattern("app:ui:*")
        #expect(engine.find(pattern).isEmpty)
        _ = try engine.load(try entries(["app:ui:a=1"]))
        #expect(engine.find(pattern).count == 1)
    }
}
