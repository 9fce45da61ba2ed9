import Testing

@testable import MeteorKit

@Suite struct MeteorEngineGenerationTests {
    @Test func changesWithEntriesButNotWithCursorOrScratch() throws {
        let engine = MeteorEngine()
        var last = engine.generation
        func changed() -> Bool {
            defer { last = engine.generation }
            return engine.generation != last
        }
        try engine.set("a", "1")
        #expect(changed())
        engine.cursor.namespace = .root
        try engine.execute(.scratchSet(name: "n", value: "v"))
        _ = engine.find(try QueryPattern("*:**:*"))
        #expect(!changed())
        try engine.execute(.delete(path: "a"))
        #expect(changed())
        try engine.undo()
        #expect(changed())
        try engine.redo()
        #expect(changed())
    }
}
