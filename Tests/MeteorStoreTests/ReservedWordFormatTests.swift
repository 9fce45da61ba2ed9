import Testing

@testable import MeteorStore

/// Keys spelled like stream words, in every file format Meteor writes and reads, and
/// through the foreign importer into an engine (issue 11, item 16).
@Suite struct ReservedWordFormatTests {
    static let reserved = [
        "global", "root", "default", "ctl", "control", "ctx", "context", "ns", "namespace",
    ]

    /// One namespace per (context, namespace) pair, each holding every reserved word.
    private func entries(context: String, namespace: String) throws -> [Entry] {
        try (["cluster"] + Self.reserved).map {
            try Fixtures.entry("\(context):\(namespace):\($0)", "v-\($0) = ; :;:")
        }
    }

    private var everything: [Entry] {
        get throws {
            try ["app", "ns", "ctx"].flatMap { context in
                try [context == "app" ? "k8s" : "main", ""].flatMap {
                    try entries(context: context, namespace: $0)
                }
            }
        }
    }

    @Test(arguments: [ForeignFormat.json, .nestedJSON])
    func jsonRoundTripsAndImports(_ format: ForeignFormat) throws {
        let entries = try everything
        let decoded = try format.decode(format.encode(entries), file: "f")
        #expect(Set(decoded) == Set(entries))
        for mode in ForeignImportMode.allCases {
            let engine = MeteorEngine()
            try ForeignImporter(mode: mode).apply(decoded, to: engine)
            #expect(Set(engine.entries) == Set(entries))
            #expect(engine.history.count == 1)
        }
    }

    @Test func envRoundTripsAndImports() throws {
        let entries = try entries(context: "app", namespace: "k8s")
        let context = try Context(validating: "app")
        let namespace = try Namespace(validating: "k8s")
        let decoded = try EnvFileFormat.decode(
            EnvFileFormat.encode(entries), file: ".env", context: context, namespace: namespace)
        #expect(decoded == entries)
        let engine = MeteorEngine()
        try ForeignImporter(mode: .replace).apply(decoded, to: engine)
        #expect(Array(engine.entries) == entries)
    }

    @Test func documentsRoundTrip() throws {
        let entries = try everything
        let codec = DocumentCodec()
        #expect(try codec.decode(codec.encode(entries: entries), file: "d").entries == entries)
    }

    @Test(arguments: StoreKind.allCases)
    func exportFoldersRoundTrip(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let entries = try entries(context: "app", namespace: "k8s")
        let namespace = try Namespace(validating: "k8s")
        try NamespaceExporter(store: store).export(
            context: .app, namespace: namespace, entries: entries, to: root + "/out")
        #expect(try NamespaceImporter(store: store).read(root + "/out").entries == entries)
    }
}
