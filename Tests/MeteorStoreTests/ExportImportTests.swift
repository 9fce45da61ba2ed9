import Testing

@testable import MeteorStore

/// Namespace export and import over both stores (SPEC §11).
@Suite struct ExportImportTests {
    private func guide() throws -> [Entry] {
        try [
            Fixtures.entry("doc:guides.install:title", "Install guide"),
            Fixtures.entry("doc:guides.install:sections[20_usage]", "## Usage\nrun it\n"),
            Fixtures.entry("doc:guides.install:metadata[lang]", "markdown"),
            Fixtures.entry(
                "doc:guides.install:sections[10_setup]", "# Setup\r\n\ttabbed \"quoted\" 🚀"),
            Fixtures.entry("doc:guides.install:snippets[hello.py]", "print('hi')\n\n"),
            Fixtures.entry("doc:guides.install:full", "stored full\n"),
            Fixtures.entry("doc:guides.install:metadata[order.intro]", "5"),
            Fixtures.entry("doc:guides.install:parts[intro]", ""),
            Fixtures.entry("doc:guides.install:modules[x]", "=;:;:'\"\\"),
        ] + Fixtures.entries(context: "doc", namespace: "guides.install")
    }

    private var context: Context { (try? Context(validating: "doc")) ?? .app }

    @Test(arguments: StoreKind.allCases)
    func exportThenImportIntoAnEmptyStoreIsExact(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let entries = try guide()
        let namespace = try Namespace(validating: "guides.install")
        let manifest = try NamespaceExporter(store: store).export(
            context: context, namespace: namespace, entries: entries, to: root + "/out"
        ).manifest
        #expect(manifest.entries.count == entries.count)
        let files = try store.files(under: root + "/out")
        #expect(
            files == [
                "MANIFEST", "guides/install/_full.md", "guides/install/_keys.meteor",
                "guides/install/_metadata.meta", "guides/install/modules/10-x.md",
                "guides/install/parts/10-intro.md", "guides/install/sections/10_setup.md",
                "guides/install/sections/20_usage.md", "guides/install/snippets/10-hello.py",
            ])
        #expect(
            try store.read(root + "/out/guides/install/sections/20_usage.md").bytes
                == Array("## Usage\nrun it\n".utf8))
        let engine = MeteorEngine()
        let imported = try NamespaceImporter(store: store).read(root + "/out")
        #expect(imported.entries == entries)
        try engine.execute(
            .importNamespace(imported.context, imported.namespace, entries: imported.entries))
        #expect(Array(engine.entries(in: context, namespace)) == entries)
    }

    @Test(arguments: StoreKind.allCases)
    func importIntoAnotherNamespaceAndWithoutManifest(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let entries = try guide()
        let namespace = try Namespace(validating: "guides.install")
        try NamespaceExporter(store: store).export(
            context: context, namespace: namespace, entries: entries, to: root + "/out")
        let target = try Namespace(validating: "copy")
        let moved = try NamespaceImporter(store: store).read(root + "/out", into: .app, target)
        #expect(moved.entries.map(\.key) == entries.map(\.key))
        #expect(moved.entries.allSatisfy { $0.context == .app && $0.namespace == target })
        try store.remove(root + "/out/MANIFEST")
        #expect(throws: MeteorError.self) {
            _ = try NamespaceImporter(store: store).read(root + "/out")
        }
        let loose = try NamespaceImporter(store: store).read(
            root + "/out", into: context, namespace, verify: false)
        var byKey: [Key: String] = [:]
        for entry in entries { byKey[entry.key] = entry.value }
        #expect(loose.entries.count == entries.count)
        #expect(loose.entries.allSatisfy { byKey[$0.key] == $0.value })
    }

    @Test(arguments: StoreKind.allCases)
    func verifyDetectsTamperedAddedAndMissingFiles(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let out = root + "/out"
        let namespace = try Namespace(validating: "guides.install")
        try NamespaceExporter(store: store).export(
            context: context, namespace: namespace, entries: try guide(), to: out)
        try NamespaceImporter(store: store).verify(out)
        let section = out + "/guides/install/sections/20_usage.md"
        let original = try store.read(section).bytes
        try store.write(original + [0x21], to: section, condition: .overwrite)
        let tampered = try #require(throws: MeteorError.self) {
            try NamespaceImporter(store: store).verify(out)
        }
        #expect(tampered.kind == .checksumMismatch)
        #expect(tampered.message.contains("20_usage.md"))
        #expect(throws: MeteorError.self) { _ = try NamespaceImporter(store: store).read(out) }
        try store.write(original, to: section, condition: .overwrite)
        try store.write([1], to: out + "/guides/install/extra.txt", condition: .overwrite)
        let added = try #require(throws: MeteorError.self) {
            try NamespaceImporter(store: store).verify(out)
        }
        #expect(added.message.contains("extra.txt"))
        try store.remove(out + "/guides/install/extra.txt")
        try store.remove(section)
        let missing = try #require(throws: MeteorError.self) {
            try NamespaceImporter(store: store).verify(out)
        }
        #expect(missing.message.contains("missing"))
    }

    @Test func dryRunListsAddedChangedRemovedAndImportIsOneUndo() throws {
        let engine = MeteorEngine()
        let namespace = try Namespace(validating: "ui")
        for entry in try [
            Fixtures.entry("app:ui:keep", "same"), Fixtures.entry("app:ui:edit", "old"),
            Fixtures.entry("app:ui:drop", "gone"),
        ] {
            try engine.execute(.setAddress(entry.address, value: entry.value))
        }
        let before = Array(engine.entries)
        let incoming = try [
            Fixtures.entry("app:ui:keep", "same"), Fixtures.entry("app:ui:edit", "new"),
            Fixtures.entry("app:ui:add", "fresh"),
        ]
        let plan = ImportPlan(
            incoming: incoming, current: Array(engine.entries(in: .app, namespace)))
        #expect(plan.added.map(\.flat) == ["add"])
        #expect(plan.changed.map(\.flat) == ["edit"])
        #expect(plan.removed.map(\.flat) == ["drop"])
        #expect(!plan.reordered)
        #expect(plan.summary == "+ add\n~ edit\n- drop")
        try engine.execute(.importNamespace(.app, namespace, entries: incoming))
        #expect(Array(engine.entries) == incoming)
        try engine.undo()
        #expect(Array(engine.entries) == before)
    }

    @Test func exportNeverContainsScratchSlotsAndCanAssembleFull() throws {
        let store = InMemoryStore()
        let entries = try guide()
        let exporter = NamespaceExporter(store: store, options: ExportOptions(assembleFull: true))
        let namespace = try Namespace(validating: "guides.install")
        let (files, _) = exporter.plan(context: context, namespace: namespace, entries: entries)
        let full = try #require(files.first { $0.path == "guides/install/_full.md" })
        let engine = MeteorEngine()
        try engine.execute(.scratchSet(name: "secret", value: "scratch text"))
        for entry in entries where entry.key.flat != "full" {
            try engine.set(entry.address, entry.value)
        }
        let view = try #require(engine.namespaceView(context: context, namespace: namespace))
        #expect(String(decoding: full.bytes, as: UTF8.self) == view.full)
        #expect(
            !files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("scratch text") })
        try exporter.export(context: context, namespace: namespace, entries: entries, to: "/x")
        let back = try NamespaceImporter(store: store).read("/x")
        #expect(back.entries == entries)
    }
}
