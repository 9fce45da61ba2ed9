import Foundation
import Testing

@testable import MeteorStore

/// Behaviour only a real file system has: permissions, modification times, temporary files.
@Suite struct FileStoreTests {
    private func attributes(_ path: String) throws -> (mode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
        return (mode, attributes[.modificationDate] as? Date ?? .distantPast)
    }

    @Test func saveKeepsPermissions() throws {
        let root = TemporaryDirectory.make()
        let path = root + "/private.meteor"
        let store = FileStore()
        try store.write(Array("# meteor v1\n".utf8), to: path, condition: .mustNotExist)
        chmod(path, 0o640)
        let loaded = try store.read(path).fingerprint
        try store.write(
            Array("# meteor v1\napp:ui:a=1\n".utf8), to: path, condition: .unchangedSince(loaded))
        #expect(try attributes(path).mode == 0o640)
    }

    @Test func unchangedDocumentSaveRewritesNothing() throws {
        let root = TemporaryDirectory.make()
        let path = root + "/doc.meteor"
        let document = try OpenStore(path: path, store: FileStore())
        try document.engine.execute(.set(path: "app:ui:a", value: "1"))
        #expect(try document.save() != .unchanged)
        let before = try attributes(path).modified
        let inode =
            try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber
        usleep(20_000)
        #expect(try document.save() == .unchanged)
        let reopened = try OpenStore(path: path, store: FileStore())
        #expect(try reopened.save() == .unchanged)
        #expect(try attributes(path).modified == before)
        #expect(
            try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber
                == inode)
    }

    @Test func staleTemporaryFilesAreRemovedByTheNextSave() throws {
        let root = TemporaryDirectory.make()
        let path = root + "/doc.meteor"
        let store = FileStore()
        try store.write([1], to: path, condition: .mustNotExist)
        let stale = root + "/" + StorePath.temporaryPrefix(for: path) + "999-1"
        _ = FileManager.default.createFile(atPath: stale, contents: Data([9, 9]))
        try store.write([2], to: path, condition: .overwrite)
        #expect(!FileManager.default.fileExists(atPath: stale))
        let names = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(names == [".doc.meteor.lock", "doc.meteor"])
    }

    @Test func symlinkedDocumentIsSavedThroughTheLink() throws {
        let root = TemporaryDirectory.make()
        let target = root + "/real.meteor"
        let link = root + "/link.meteor"
        let store = FileStore()
        try store.write([1], to: target, condition: .mustNotExist)
        symlink(target, link)
        try store.write([2], to: link, condition: .overwrite)
        #expect(try store.read(target).bytes == [2])
        let kind =
            try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
        #expect(kind == .typeSymbolicLink)
    }

    @Test func atomicSaveNeverExposesAPartialFileToReaders() async throws {
        let root = TemporaryDirectory.make()
        let path = root + "/big.meteor"
        let store = FileStore()
        let old = Array(repeating: UInt8(ascii: "a"), count: 1 << 20)
        let new = Array(repeating: UInt8(ascii: "b"), count: 3 << 19)
        try store.write(old, to: path, condition: .mustNotExist)
        let writer = Task.detached {
            for round in 0..<6 {
                _ = try? store.write(round % 2 == 0 ? new : old, to: path, condition: .overwrite)
            }
        }
        var observed = 0
        while observed < 60 {
            if let data = FileManager.default.contents(atPath: path) {
                let bytes = [UInt8](data)
                #expect(bytes == old || bytes == new)
            }
            observed += 1
        }
        await writer.value
    }
}
