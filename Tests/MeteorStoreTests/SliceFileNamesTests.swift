import Testing

@testable import MeteorStore

/// File names of slice keys: an ordering prefix the key already has is never doubled.
@Suite struct SliceFileNamesTests {
    private let namespace = (try? Namespace(validating: "book")) ?? .main
    private var context: Context { (try? Context(validating: "doc")) ?? .app }

    private func entries() throws -> [Entry] {
        try [
            Fixtures.entry("doc:book:sections[20_usage]", "usage\n"),
            Fixtures.entry("doc:book:sections[10_intro]", "intro\n"),
            Fixtures.entry("doc:book:sections[outro]", "bye"),
            Fixtures.entry("doc:book:sections[10-dash]", "dash"),
            Fixtures.entry("doc:book:sections[7]", "seven"),
            Fixtures.entry("doc:book:sections[10_a.md]", "has extension"),
            Fixtures.entry("doc:book:sections[10_a]", "same file name"),
            Fixtures.entry("doc:book:parts[01_first]", "p"),
        ]
    }

    @Test func prefixedKeysKeepTheirNameOthersAreNumbered() throws {
        let (files, _) = NamespaceExporter(store: InMemoryStore()).plan(
            context: context, namespace: namespace, entries: try entries())
        #expect(
            files.map(\.path).filter { $0 != "MANIFEST" } == [
                "book/parts/01_first.md", "book/sections/10-outro.md",
                "book/sections/10_a.md", "book/sections/10_intro.md",
                "book/sections/20-10-dash.md", "book/sections/20_usage.md",
                "book/sections/30-7.md", "book/sections/40-10_a.md",
            ])
    }

    @Test(arguments: StoreKind.allCases)
    func roundTripIsExactWithAndWithoutManifest(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let entries = try entries()
        try NamespaceExporter(store: store).export(
            context: context, namespace: namespace, entries: entries, to: root)
        #expect(try NamespaceImporter(store: store).read(root).entries == entries)
        try store.remove(root + "/MANIFEST")
        let loose = try NamespaceImporter(store: store).read(
            root, into: context, namespace, verify: false)
        var expected: [Key: String] = [:]
        for entry in entries { expected[entry.key] = entry.value }
        var found: [Key: String] = [:]
        for entry in loose.entries { found[entry.key] = entry.value }
        // Without a MANIFEST only the file-name collision (`10_a.md` vs `10_a`) is ambiguous.
        expected[try Key(validating: "sections[10_a]")] = nil
        expected[try Key(validating: "sections[10_a.md]")] = nil
        found[try Key(validating: "sections[10_a]")] = nil
        found[try Key(validating: "sections[10_a.md]")] = nil
        #expect(found == expected)
    }

    @Test(arguments: ["10_intro", "1_x", "007_bond"])
    func orderingPrefixes(item: String) {
        #expect(SliceFileNames.hasOrderingPrefix(item))
    }

    @Test(arguments: ["intro", "10", "10_", "10-intro", "_10", "a10_b"])
    func notOrderingPrefixes(item: String) {
        #expect(!SliceFileNames.hasOrderingPrefix(item))
    }
}
