import Foundation
import Testing

@testable import MeteorStore

/// Export and import stay inside their folder (issue 11, items 9–11): stale files go only
/// when they are still what the previous export wrote, manifests cannot name paths outside
/// the folder, and `FileStore` never writes, removes or reads through a planted link.
@Suite struct ExportFolderConfinementTests {
    private let namespace = (try? Namespace(validating: "g")) ?? .main
    private var doc: Context { (try? Context(validating: "doc")) ?? .app }

    private func sections(_ names: String...) throws -> [Entry] {
        try names.map { try Fixtures.entry("doc:g:sections[\($0)]", "text of \($0)\n") }
    }

    @Test(arguments: StoreKind.allCases)
    func staleFilesGoOnlyWhenUnchanged(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let out = root + "/out"
        let exporter = NamespaceExporter(store: store)
        try exporter.export(
            context: doc, namespace: namespace, entries: try sections("a", "b", "c"), to: out)
        try store.write(Array("mine".utf8), to: out + "/g/sections/20-b.md", condition: .overwrite)
        let outcome = try exporter.export(
            context: doc, namespace: namespace, entries: try sections("a"), to: out)
        #expect(outcome.kept == ["g/sections/20-b.md"])
        #expect(
            outcome.notes == ["kept g/sections/20-b.md: changed since the last export wrote it"])
        #expect(!store.fileExists(out + "/g/sections/30-c.md"))
        #expect(try store.read(out + "/g/sections/20-b.md").bytes == Array("mine".utf8))
    }

    @Test(arguments: StoreKind.allCases)
    func anOldManifestNamingOutsidePathsRemovesNothing(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let victim = root + "/victim.txt"
        try store.write(Array("keep".utf8), to: victim, condition: .overwrite)
        let sha = SHA256Hex.of(Array("keep".utf8))
        try store.createDirectory(root + "/out")
        try store.write(
            Array(
                "\(ExportManifest.header)\ncontext doc\nnamespace g\nfile \(sha) ../victim.txt\nnamespace-sha256 0\n"
                    .utf8), to: root + "/out/MANIFEST", condition: .overwrite)
        let outcome = try NamespaceExporter(store: store).export(
            context: doc, namespace: namespace, entries: try sections("a"), to: root + "/out")
        #expect(try store.read(victim).bytes == Array("keep".utf8))
        #expect(outcome.previousManifestProblem?.kind == .pathOutsideFolder)
        #expect(outcome.notes.count == 1)
    }

    @Test(arguments: ["../x", "/etc/passwd", "g/../../x", "a/../../x"])
    func manifestPathsOutsideTheFolderAreRefusedAtTheirLine(_ path: String) throws {
        let text = "\(ExportManifest.header)\ncontext doc\nnamespace g\nentry title \(path)\n"
        let error = try #require(throws: MeteorError.self) {
            try ExportManifest.parse(Array(text.utf8), file: "out/MANIFEST")
        }
        #expect(error.kind == .pathOutsideFolder)
        #expect(error.location?.summary == "out/MANIFEST:4:13")
        #expect(error.location?.length == path.count)
        #expect(error.hint != nil)
    }

    @Test(arguments: StoreKind.allCases)
    func importErrorsPointAtTheManifestLine(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let out = root + "/out"
        try NamespaceExporter(store: store).export(
            context: doc, namespace: namespace, entries: try sections("a", "b"), to: out)
        try store.write(
            Array("edited".utf8), to: out + "/g/sections/10-a.md", condition: .overwrite)
        let changed = try #require(throws: MeteorError.self) {
            try NamespaceImporter(store: store).verify(out)
        }
        #expect(changed.kind == .checksumMismatch)
        #expect(changed.location?.file == out + "/MANIFEST")
        #expect(changed.location?.line == 6)
        let missing = try #require(throws: MeteorError.self) {
            try NamespaceImporter(store: store).read(root + "/nope", into: doc, namespace)
        }
        #expect(missing.location?.summary == root + "/nope")
    }

    // MARK: - FileStore and links

    private func folderWithVictim() throws -> (store: FileStore, root: String, victim: String) {
        let root = TemporaryDirectory.make()
        let victim = root + "/victim"
        try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
        try Data("original".utf8).write(to: URL(fileURLWithPath: victim + "/f"))
        try FileManager.default.createDirectory(
            atPath: root + "/out", withIntermediateDirectories: true)
        return (FileStore(), root, victim)
    }

    @Test func replaceSwapsAPlantedFileLinkForTheFile() throws {
        let (store, root, victim) = try folderWithVictim()
        try FileManager.default.createSymbolicLink(
            atPath: root + "/out/x.md", withDestinationPath: victim + "/f")
        try store.replace(Array("new".utf8), at: "x.md", inside: root + "/out")
        #expect(try String(contentsOfFile: victim + "/f", encoding: .utf8) == "original")
        #expect(try String(contentsOfFile: root + "/out/x.md", encoding: .utf8) == "new")
        let type = try FileManager.default.attributesOfItem(atPath: root + "/out/x.md")[.type]
        #expect(type as? FileAttributeType == .typeRegular)
    }

    @Test func replaceRefusesAPlantedFolderLink() throws {
        let (store, root, victim) = try folderWithVictim()
        try FileManager.default.createSymbolicLink(
            atPath: root + "/out/g", withDestinationPath: victim)
        let error = try #require(throws: MeteorError.self) {
            try store.replace(Array("new".utf8), at: "g/f", inside: root + "/out")
        }
        #expect(error.kind == .ioError)
        #expect(error.message.contains("symbolic link"))
        #expect(error.location?.summary == root + "/out/g")
        #expect(try String(contentsOfFile: victim + "/f", encoding: .utf8) == "original")
    }

    @Test func removeNeverGoesThroughALink() throws {
        let (store, root, victim) = try folderWithVictim()
        let sha = SHA256Hex.of(Array("original".utf8))
        try FileManager.default.createSymbolicLink(
            atPath: root + "/out/f", withDestinationPath: victim + "/f")
        try FileManager.default.createSymbolicLink(
            atPath: root + "/out/g", withDestinationPath: victim)
        #expect(try store.remove("f", inside: root + "/out", ifSHA256: sha) == .kept)
        #expect(try store.remove("g/f", inside: root + "/out", ifSHA256: sha) == .kept)
        #expect(try store.remove("../victim/f", inside: root + "/out", ifSHA256: sha) == .kept)
        #expect(try store.remove("none", inside: root + "/out", ifSHA256: sha) == .absent)
        #expect(FileManager.default.fileExists(atPath: victim + "/f"))
        try store.replace(Array("original".utf8), at: "own", inside: root + "/out")
        #expect(try store.remove("own", inside: root + "/out", ifSHA256: sha) == .removed)
    }

    @Test func aFailedReplaceLeavesTheOldFile() throws {
        let (_, root, _) = try folderWithVictim()
        try FileStore().replace(Array("old".utf8), at: "g/x", inside: root + "/out")
        let failing = FileStore(writeChunk: FailingWriter(budget: 2).write)
        #expect(throws: MeteorError.self) {
            try failing.replace(Array("much newer".utf8), at: "g/x", inside: root + "/out")
        }
        #expect(try String(contentsOfFile: root + "/out/g/x", encoding: .utf8) == "old")
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/out/g")
        #expect(names == ["x"], "no temporary file is left")
    }
}
