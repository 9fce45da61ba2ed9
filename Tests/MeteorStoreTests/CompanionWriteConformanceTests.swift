import Testing

@testable import MeteorStore

/// Writing a document with a companion file (its saved session state), run against
/// ``FileStore`` and ``InMemoryStore``.
@Suite struct CompanionWriteConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func documentAndCompanionAreWrittenTogether(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        let companion = StoredCompanion(path: path + ".state", bytes: Array("{}\n".utf8))
        let written = try store.write(
            [1, 2], to: path, condition: .mustNotExist, companion: companion)
        #expect(written.companionError == nil)
        #expect(try store.read(path).fingerprint.sameContent(as: written.fingerprint))
        #expect(try store.read(companion.path).bytes == companion.bytes)
    }

    @Test(arguments: StoreKind.allCases)
    func aFailedConditionWritesNeither(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        try store.write([1], to: path, condition: .mustNotExist)
        let companion = StoredCompanion(path: path + ".state", bytes: [9])
        let error = try #require(throws: MeteorError.self) {
            try store.write([2], to: path, condition: .mustNotExist, companion: companion)
        }
        #expect(error.kind == .documentChanged)
        #expect(try store.read(path).bytes == [1])
        #expect(!store.fileExists(companion.path))
    }

    @Test(arguments: StoreKind.allCases)
    func theWriteHoldsTheDocumentsLock(kind: StoreKind) throws {
        let (store, root) = kind.make()
        let path = root + "/a.meteor"
        let lock = try store.lock(path)
        defer { lock.release() }
        let error = try #require(throws: MeteorError.self) {
            try store.write(
                [1], to: path, condition: .overwrite,
                companion: StoredCompanion(path: path + ".state", bytes: [9]))
        }
        #expect(error.kind == .lockHeld)
    }
}
