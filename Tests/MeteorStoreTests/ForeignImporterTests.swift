import Testing

@testable import MeteorStore

@Suite struct ForeignImporterTests {
    private func seeded(limits: Limits = .active) throws -> MeteorEngine {
        let engine = MeteorEngine(limits: limits)
        try engine.set("app:ui:a", "1")
        try engine.set("app:ui:b", "2")
        try engine.set("app:ui:c", "3")
        try engine.set("app::root", "r")
        try engine.set("app:other:x", "untouched")
        return engine
    }

    private func incoming() throws -> [Entry] {
        try [
            Fixtures.entry("app:ui:new", "n"), Fixtures.entry("app:ui:b", "two"),
            Fixtures.entry("app::fresh", "f"), Fixtures.entry("app:ui:a", "1"),
        ]
    }

    private func listing(_ engine: MeteorEngine) -> [String] {
        engine.entries.map { "\($0.address)=\($0.value)" }
    }

    @Test func mergeIsOneRecordKeepsPositionsAndUndoesAtOnce() throws {
        let engine = try seeded()
        let before = listing(engine)
        let importer = ForeignImporter(mode: .merge)
        let plan = importer.plan(try incoming(), against: engine)
        #expect(plan.commands.count == 1)
        #expect(plan.summary == "app:ui:\n  + new\n  ~ b\napp::\n  + fresh")
        let outcomes = try importer.apply(try incoming(), to: engine)
        #expect(outcomes.count == 1)
        #expect(engine.history.lastCommand?.command.kind == .importEntries)
        #expect(
            listing(engine) == [
                "app::root=r", "app::fresh=f", "app:other:x=untouched", "app:ui:a=1",
                "app:ui:b=two", "app:ui:c=3", "app:ui:new=n",
            ])
        try engine.undo()
        #expect(listing(engine) == before)
    }

    @Test func replaceLeavesExactlyTheFileKeysInFileOrderRootIncluded() throws {
        let engine = try seeded()
        let before = listing(engine)
        let importer = ForeignImporter(mode: .replace)
        let plan = importer.plan(try incoming(), against: engine)
        #expect(plan.namespaces.map(\.plan.removed.count) == [1, 1])
        try importer.apply(try incoming(), to: engine)
        #expect(
            listing(engine) == [
                "app::fresh=f", "app:other:x=untouched", "app:ui:new=n", "app:ui:b=two",
                "app:ui:a=1",
            ])
        #expect(engine.history.count == 1)
        try engine.undo()
        #expect(listing(engine) == before)
    }

    @Test(arguments: ForeignImportMode.allCases)
    func anImportIsOneRecordWhateverTheStreamLimit(mode: ForeignImportMode) throws {
        var limits = Limits.active
        limits.streamItems = 2
        let engine = try seeded(limits: limits)
        let before = listing(engine)
        let entries = try incoming() + (0..<8).map { try Fixtures.entry("user:x:k\($0)", "u") }
        let plan = ForeignImporter(mode: mode).plan(entries, against: engine)
        #expect(plan.commands.count == 1)
        try ForeignImporter(mode: mode).apply(entries, to: engine)
        let keys = engine.entries(in: .app, try Namespace(validating: "ui")).map(\.key.flat)
        #expect(keys == (mode == .merge ? ["a", "b", "c", "new"] : ["new", "b", "a"]))
        #expect(engine.history.count == 1)
        try engine.undo()
        #expect(listing(engine) == before)
    }

    @Test(arguments: ForeignImportMode.allCases)
    func keysSpelledLikeStreamWordsImport(mode: ForeignImportMode) throws {
        let engine = try seeded()
        let words = ["ns", "ctx", "ctl", "global", "root", "default", "control", "context"]
        let entries =
            try words.map { try Fixtures.entry("app:k8s:\($0)", "v-\($0)") }
            + [Fixtures.entry("app::ns", "root ns")]
        try ForeignImporter(mode: mode).apply(entries, to: engine)
        for entry in entries { #expect(engine.get(entry.address) == entry.value) }
    }

    @Test func aFailedImportChangesNothing() throws {
        var limits = Limits.active
        limits.contexts = 2
        let engine = try seeded(limits: limits)
        let before = listing(engine)
        let entries = try [Fixtures.entry("b:main:k", "2"), Fixtures.entry("c:main:k", "3")]
        #expect(throws: MeteorError.self) { try ForeignImporter().apply(entries, to: engine) }
        #expect(listing(engine) == before)
        #expect(try ForeignImporter().apply([], to: engine).isEmpty)
    }

    @Test func formatsDispatchByCLIName() throws {
        #expect(ForeignFormat(rawValue: "nested-json") == .nestedJSON)
        let entries = try [Fixtures.entry("app:main:a", "1")]
        for format in ForeignFormat.allCases {
            let bytes = format.encode(entries)
            #expect(try format.decode(bytes, file: "f") == entries)
        }
    }
}
