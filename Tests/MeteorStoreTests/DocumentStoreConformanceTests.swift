import Testing

@testable import MeteorStore

/// The contract every ``DocumentStore`` keeps, run against ``FileStore`` and
/// ``InMemoryStore``.
@Suite struct DocumentStoreConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func writeThenReadGivesTheSameBytesAndFingerprint(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        let bytes = Array("# meteor v1\napp:ui:a=1\n".utf8)
        let written = try store.write(bytes, to: path, condition: .mustNotExist)
        let read = try store.read(path)
        #expect(read.bytes == bytes)
        #expect(read.fingerprint.sameContent(as: written))
        #expect(try store.fingerprint(of: path)?.sha256 == written.sha256)
        #expect(try store.fingerprint(of: root + "/missing") == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func mustNotExistRefusesToReplaceAFile(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        try store.write([1], to: path, condition: .mustNotExist)
        let error = try #require(throws: MeteorError.self) {
            try store.write([2], to: path, condition: .mustNotExist)
        }
        #expect(error.kind == .documentChanged)
        #expect(try store.read(path).bytes == [1])
    }

    @Test(arguments: StoreKind.allCases)
    func changedFileIsDetectedAndOverwriteIsTheCallersChoice(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        let loaded = try store.write(Array("old".utf8), to: path, condition: .mustNotExist)
        try store.write(Array("theirs".utf8), to: path, condition: .overwrite)
        let error = try #require(throws: MeteorError.self) {
            try store.write(Array("mine".utf8), to: path, condition: .unchangedSince(loaded))
        }
        #expect(error.kind == .documentChanged)
        #expect(try store.read(path).bytes == Array("theirs".utf8))
        try store.write(Array("mine".utf8), to: path, condition: .overwrite)
        #expect(try store.read(path).bytes == Array("mine".utf8))
    }

    @Test(arguments: StoreKind.allCases)
    func sameContentRewrittenByOthersDoesNotBlockASave(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        let loaded = try store.write(Array("same".utf8), to: path, condition: .mustNotExist)
        try store.write(Array("same".utf8), to: path, condition: .overwrite)
        try store.write(Array("next".utf8), to: path, condition: .unchangedSince(loaded))
        #expect(try store.read(path).bytes == Array("next".utf8))
    }

    @Test(arguments: StoreKind.allCases)
    func heldLockMakesWritesFailWithLockHeld(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        try store.write([1], to: path, condition: .mustNotExist)
        let lock = try store.lock(path)
        let error = try #require(throws: MeteorError.self) {
            try store.write([2], to: path, condition: .overwrite)
        }
        #expect(error.kind == .lockHeld)
        #expect(throws: MeteorError.self) { _ = try store.lock(path) }
        lock.release()
        try store.write([3], to: path, condition: .overwrite)
        #expect(try store.read(path).bytes == [3])
    }

    @Test(arguments: StoreKind.allCases)
    func failingWriteLeavesTheOldFileIntact(kind: StoreKind) throws {
        let root = kind.make().root
        // The failing store lets 5,000 bytes through in all: the old file fits, and the
        // new one fails half-way, like a disk filling up.
        let store = kind.failing(after: 5_000)
        let path = root + "/a.meteor"
        let old = Array(repeating: UInt8(ascii: "o"), count: 4_000)
        try store.write(old, to: path, condition: .mustNotExist)
        let error = try #require(throws: MeteorError.self) {
            try store.write(Array(repeating: 0x6E, count: 20_000), to: path, condition: .overwrite)
        }
        #expect(error.kind == .ioError)
        #expect(error.message.contains("space left"))
        #expect(try store.read(path).bytes == old)
        #expect(try store.files(under: root) == ["a.meteor"])
    }

    @Test(arguments: StoreKind.allCases)
    func appendAddsBytesAndRemoveToleratesMissingFiles(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/j.journal"
        try store.append(Array("a\n".utf8), to: path)
        try store.append(Array("b\n".utf8), to: path)
        #expect(try store.read(path).bytes == Array("a\nb\n".utf8))
        try store.remove(path)
        try store.remove(path)
        #expect(!store.fileExists(path))
        #expect(throws: MeteorError.self) { _ = try store.read(path) }
    }

    @Test(arguments: StoreKind.allCases)
    func listingIsRecursiveSortedAndSkipsHiddenFiles(kind: StoreKind) throws {
        let (store, root) = kind.make()
        for name in ["b/z.txt", "a.txt", "b/a.txt", "c/d/e.md"] {
            let path = root + "/" + name
            try store.createDirectory(StorePath.directory(of: path))
            try store.write([1], to: path, condition: .overwrite)
        }
        #expect(try store.files(under: root) == ["a.txt", "b/a.txt", "b/z.txt", "c/d/e.md"])
        #expect(try store.files(under: root + "/nothing").isEmpty)
    }
}
