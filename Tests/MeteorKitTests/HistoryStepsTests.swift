import Testing

@testable import MeteorKit

/// Which records a multi-step undo or redo goes through.
@Suite struct HistoryStepsTests {
    @Test func undoStepsAreTheAppliedRecordsNewerThanATarget() throws {
        let engine = MeteorEngine()
        try engine.execute(.set(path: "a:b:one", value: "1"))  // #1
        _ = try? engine.execute(.delete(path: "x:y:z"))  // #2, failed
        try engine.execute(.set(path: "a:b:two", value: "2"))  // #3
        try engine.execute(.setCursor(.app, .main))  // #4, cursor only
        try engine.execute(.set(path: "a:b:three", value: "3"))  // #5
        let history = engine.history
        #expect(history.undoSteps(after: 1) == [5, 3])
        #expect(history.undoSteps(after: 5) == [])
        #expect(history.isApplied(3))
        #expect(!history.isApplied(2))
        #expect(!history.isApplied(4))
        for _ in history.undoSteps(after: 1) { try engine.undo() }
        #expect(engine.get(try Address(parsing: "a:b:one")) == "1")
        #expect(engine.get(try Address(parsing: "a:b:two")) == nil)
        #expect(engine.history.redoSteps(through: 5) == [3, 5])
        #expect(engine.history.redoSteps(through: 3) == [3])
        #expect(engine.history.redoSteps(through: 1) == [])
    }

    @Test func aChangeAfterAnUndoLeavesTheUndoneRecordUnapplied() throws {
        let engine = MeteorEngine()
        try engine.execute(.set(path: "a:b:one", value: "1"))  // #1
        try engine.execute(.set(path: "a:b:two", value: "2"))  // #2
        try engine.undo()
        try engine.execute(.set(path: "a:b:three", value: "3"))  // #3, clears redo
        #expect(!engine.history.isApplied(2))
        #expect(!engine.history.isUndone(2))
        #expect(engine.history.undoSteps(after: 1) == [3])
        #expect(engine.history.redoSteps(through: 2) == [])
    }
}
