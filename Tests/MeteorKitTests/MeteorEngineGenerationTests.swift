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

    @Test func keysGenerationSkipsValueEditsAndTheirUndo() throws {
        let engine = MeteorEngine()
        try engine.execute(.set(path: "app:ui:a", value: "1"))
        try engine.execute(.set(path: "app:ui:b", value: "2"))
        var keys = engine.keysGeneration
        var data = engine.generation
        /// (data changed, keys changed) since the last call.
        func changes() -> (Bool, Bool) {
            defer { (keys, data) = (engine.keysGeneration, engine.generation) }
            return (engine.generation != data, engine.keysGeneration != keys)
        }
        try engine.execute(.set(path: "app:ui:a", value: "changed"))
        #expect(changes() == (true, false))
        try engine.undo()
        #expect(changes() == (true, false))
        #expect(engine.get(try Address(parsing: "app:ui:a")) == "1")
        try engine.redo()
        #expect(changes() == (true, false))
        try engine.execute(.set(path: "app:ui:c", value: "new key"))
        #expect(changes() == (true, true))
        try engine.undo()
        #expect(changes() == (true, true))
        try engine.execute(.delete(path: "app:ui:a"))
        #expect(changes() == (true, true))
        try engine.undo()
        #expect(changes() == (true, true))
        let from = try Address(parsing: "app:ui:b")
        try engine.execute(.renameKey(from: from, to: try Key(validating: "renamed")))
        #expect(changes() == (true, true))
        try engine.undo()
        #expect(changes() == (true, true))
    }
}
