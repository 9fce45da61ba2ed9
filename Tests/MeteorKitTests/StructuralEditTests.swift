import Testing

@testable import MeteorKit

/// Renaming keys, and moving and copying namespaces: one record, one undo, all or nothing.
@Suite struct StructuralEditTests {
    /// Runs a command that must fail with `kind`, and checks that it changed nothing but the
    /// history (one failed record).
    private func expectRefused(
        _ kind: DiagnosticKind, _ command: EngineCommand, on engine: MeteorEngine,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let before = EngineState(engine)
        let undoable = engine.history.undoableCount
        expectError(kind, sourceLocation: sourceLocation) { try engine.execute(command) }
        #expect(EngineState(engine) == before, sourceLocation: sourceLocation)
        #expect(engine.history.undoableCount == undoable, sourceLocation: sourceLocation)
        #expect(engine.history.lastCommand?.succeeded == false, sourceLocation: sourceLocation)
    }

    @Test func renameWithOverwriteKeepsTheRenamedKeysPlaceAndUndoesInOneStep() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "a=1; b=2; c=3; d=4")
        let before = EngineState(engine)
        expectRefused(.targetExists, .renameKey(from: try addr("b"), to: try key("d")), on: engine)
        try engine.execute(.renameKey(from: try addr("b"), to: try key("d"), overwrite: true))
        #expect(dump(engine) == ["app:main:a=1", "app:main:d=2", "app:main:c=3"])
        let after = EngineState(engine)
        try engine.undo()
        #expect(EngineState(engine) == before)
        try engine.redo()
        #expect(EngineState(engine) == after)
    }

    @Test func renameErrorsNameTheAddressAndChangeNothing() throws {
        var limits = Limits.active
        limits.keyLength = 8
        let engine = MeteorEngine(limits: limits)
        try engine.process(tokenStream: "a=1; b=2")
        expectRefused(
            .limitExceeded, .renameKey(from: try addr("a"), to: try key("much_too_long")),
            on: engine)
        expectRefused(.notFound, .renameKey(from: try addr("zz"), to: try key("y")), on: engine)
        let error = try #require(throws: MeteorError.self) {
            try engine.execute(.renameKey(from: try addr("a"), to: try key("b")))
        }
        #expect(error.message == "`app:main:b` already exists")
        #expect(error.hint?.contains("overwrite") == true)
    }

    @Test func moveToAnotherContextKeepsOrderAndUndoRedoIsExact() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "ns=ui; z=26; a=1; list[0]=x; m.n=2")
        try engine.set("app:other:keep", "1")
        let before = EngineState(engine)
        let outcome = try engine.execute(
            .moveNamespace(from: .app, try ns("ui"), to: try ctx("user"), try ns("settings.ui")))
        #expect(outcome.stored == 4)
        #expect(
            dump(engine) == [
                "app:other:keep=1", "user:settings.ui:z=26", "user:settings.ui:a=1",
                "user:settings.ui:list[0]=x", "user:settings.ui:m.n=2",
            ])
        let record = try #require(engine.history.lastCommand)
        // Into an empty target the whole namespace moves as two O(1) snapshots, whatever its size.
        #expect(
            record.changes.map(\.scope) == [
                .namespace(.app, try ns("ui")), .namespace(try ctx("user"), try ns("settings.ui")),
            ])
        let after = EngineState(engine)
        try engine.undo()
        #expect(EngineState(engine) == before)
        try engine.redo()
        #expect(EngineState(engine) == after)
        // Appending after the move continues the moved list.
        try engine.execute(.set(path: "user:settings.ui:list[]", value: "y"))
        #expect(try engine.get("user:settings.ui:list[1]") == "y")
    }

    @Test func copyToAnotherContextLeavesTheSourceAndCopiesAreIndependent() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "ns=ui; theme=dark; font=mono")
        try engine.execute(
            .copyNamespace(from: .app, try ns("ui"), to: try ctx("user"), try ns("ui")))
        try engine.set("user:ui:theme", "light")
        #expect(
            dump(engine) == [
                "app:ui:theme=dark", "app:ui:font=mono", "user:ui:theme=light", "user:ui:font=mono",
            ])
        try engine.undo()  // the library set above is not recorded; the copy is the last step
        #expect(dump(engine) == ["app:ui:theme=dark", "app:ui:font=mono"])
    }

    @Test func moveIntoAnExistingNamespaceMergesAfterItsKeys() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "ns=src; a=1; b=2; ns=dst; x=9; y=8")
        let before = EngineState(engine)
        try engine.execute(.moveNamespace(from: .app, try ns("src"), to: .app, try ns("dst")))
        #expect(dump(engine) == ["app:dst:x=9", "app:dst:y=8", "app:dst:a=1", "app:dst:b=2"])
        try engine.undo()
        #expect(EngineState(engine) == before)
    }

    @Test func clashingKeysAreRefusedUnlessOverwriteIsChosen() throws {
        let engine = MeteorEngine()
        try engine.process(tokenStream: "ns=src; a=1; y=new; x=new; ns=dst; x=9; y=8; z=7")
        for command in [
            EngineCommand.moveNamespace(from: .app, try ns("src"), to: .app, try ns("dst")),
            .copyNamespace(from: .app, try ns("src"), to: .app, try ns("dst")),
        ] {
            expectRefused(.targetExists, command, on: engine)
        }
        let error = try #require(throws: MeteorError.self) {
            try engine.execute(.copyNamespace(from: .app, try ns("src"), to: .app, try ns("dst")))
        }
        #expect(error.message == "`app:dst:y` and 1 more key already exist")
        let before = EngineState(engine)
        try engine.execute(
            .copyNamespace(from: .app, try ns("src"), to: .app, try ns("dst"), overwrite: true))
        #expect(
            dump(engine).prefix(4) == [
                "app:dst:x=new", "app:dst:y=new", "app:dst:z=7", "app:dst:a=1",
            ])
        #expect(engine.keyCount(in: .app, try ns("src")) == 3)
        try engine.undo()
        #expect(EngineState(engine) == before)
    }

    @Test func invalidTargetsChangeNothing() throws {
        var limits = Limits.active
        limits.namespacePartLength = 8
        let engine = MeteorEngine(limits: limits)
        try engine.process(tokenStream: "ns=ui; a=1")
        expectRefused(
            .targetExists, .moveNamespace(from: .app, try ns("ui"), to: .app, try ns("ui")),
            on: engine)
        expectRefused(
            .namespaceTooDeep,
            .moveNamespace(
                from: .app, try ns("ui"), to: .app, try ns("a.b.c.d.e.f", depthFree: true)),
            on: engine)
        expectRefused(
            .limitExceeded,
            .copyNamespace(from: .app, try ns("ui"), to: try ctx("contextnamelong"), try ns("ui")),
            on: engine)
        expectRefused(
            .limitExceeded,
            .copyNamespace(from: .app, try ns("ui"), to: .app, try ns("namespacelong")),
            on: engine)
        expectRefused(
            .notFound, .copyNamespace(from: .app, try ns("gone"), to: .app, try ns("x")),
            on: engine)
    }

    @Test func aMergeCostsOneChangePerMovedKeyNotPerStoredKey() throws {
        let engine = MeteorEngine()
        for index in 0..<500 { try engine.set("app:big:k\(index)", "v") }
        try engine.process(tokenStream: "ns=src; a=1; b=2; ns=dst; c=3")
        try engine.execute(.moveNamespace(from: .app, try ns("src"), to: .app, try ns("dst")))
        let record = try #require(engine.history.lastCommand)
        #expect(record.changes.count == 3)  // two stored keys, one removed namespace
        #expect(engine.keyCount(in: .app, try ns("big")) == 500)
    }
}

extension Namespace {
    /// A namespace validated without the depth limit, to hand the engine one that is too deep.
    fileprivate init(_ name: String, depthFree: Bool) throws {
        try self.init(validating: name, enforceDepth: !depthFree)
    }
}

/// Shorthand for a depth-free namespace.
private func ns(_ name: String, depthFree: Bool) throws -> Namespace {
    try Namespace(name, depthFree: depthFree)
}
