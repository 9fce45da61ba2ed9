import Testing

@testable import MeteorKit

@Suite struct ScratchSlotsTests {
    @Test func setAppendRemoveListHasClearAll() throws {
        let engine = MeteorEngine()
        try engine.execute(.scratchSet(name: "draft", value: "a"))
        try engine.execute(.scratchAppend(name: "draft", text: "b"))
        try engine.execute(.scratchAppend(name: "new.one", text: "x"))
        try engine.execute(.scratchSet(name: "draft", value: "c"))
        #expect(engine.scratch.get("draft") == "c")
        #expect(engine.scratch.has("new.one"))
        #expect(!engine.scratch.has("nope"))
        #expect(engine.scratch.list == ["draft", "new.one"])
        #expect(engine.scratch.count == 2)
        #expect(Array(engine.scratch).map(\.value) == ["c", "x"])
        try engine.execute(.scratchRemove(name: "draft"))
        expectError(.notFound) { try engine.execute(.scratchRemove(name: "draft")) }
        try engine.execute(.scratchClearAll)
        #expect(engine.scratch.isEmpty)
        try engine.execute(.scratchClearAll)
        #expect(engine.history.lastCommand?.isUndoable == false)
    }

    @Test func scratchIsNotDataAndSurvivesResets() throws {
        let engine = MeteorEngine()
        try engine.execute(.scratchSet(name: "note", value: "remember"))
        #expect(engine.entryCount == 0)
        #expect(engine.contexts.isEmpty)
        #expect(engine.find(try QueryPattern("*:**:*")).isEmpty)
        #expect(Array(engine.meteors()).isEmpty)
        try engine.set("a", "1")
        try engine.execute(.reset(.all))
        try engine.process(tokenStream: "ctl:reset=storage; ctl:reset=cursor")
        #expect(engine.scratch.get("note") == "remember")
    }

    @Test func scratchEditsAreUndoable() throws {
        let engine = MeteorEngine()
        try engine.execute(.scratchSet(name: "a", value: "1"))
        try engine.execute(.scratchSet(name: "b", value: "2"))
        try engine.execute(.scratchRemove(name: "a"))
        #expect(engine.scratch.list == ["b"])
        try engine.undo()
        #expect(engine.scratch.list == ["a", "b"])
        try engine.execute(.scratchClearAll)
        try engine.undo()
        #expect(engine.scratch.list == ["a", "b"])
        let record = try #require(engine.history.records().first { $0.kind == .scratchClearAll })
        #expect(record.changesScratch)
        #expect(!record.changesData)
        #expect(record.changes.first?.scratch?.after.isEmpty == true)
        #expect(record.changes.first?.scope == .scratch)
    }

    @Test(arguments: ["", "a b", "a=b", "é", "a:b", "a[0]"])
    func invalidNamesAreRejected(name: String) throws {
        let engine = MeteorEngine()
        #expect(throws: MeteorError.self) {
            try engine.execute(.scratchSet(name: name, value: "x"))
        }
        #expect(engine.scratch.isEmpty)
    }

    @Test func limitsApplyToNamesAndValues() throws {
        var limits = Limits.active
        limits.keyLength = 4
        limits.valueLength = 3
        let engine = MeteorEngine(limits: limits)
        expectError(.limitExceeded) { try engine.execute(.scratchSet(name: "toolong", value: "x")) }
        try engine.execute(.scratchSet(name: "ok", value: "ab"))
        expectError(.limitExceeded) { try engine.execute(.scratchAppend(name: "ok", text: "cd")) }
        #expect(engine.scratch.get("ok") == "ab")
    }

    @Test func loaderSettersAreNotRecorded() throws {
        let engine = MeteorEngine()
        try engine.loadScratchSlot("saved", "text")
        #expect(engine.scratch.get("saved") == "text")
        #expect(engine.history.isEmpty)
        expectError(.invalidKey) { try engine.loadScratchSlot("bad name", "x") }
        engine.unloadScratchSlots()
        #expect(engine.scratch.isEmpty)
    }

    @Test func validateNameReportsColumn() {
        do {
            try ScratchSlots.validate(name: "ab cd")
            Issue.record("accepted")
        } catch {
            #expect(error.kind == .invalidKey)
            #expect(error.location?.column == 3)
        }
    }
}
