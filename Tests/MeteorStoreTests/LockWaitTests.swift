import Foundation
import Testing

@testable import MeteorStore

/// `lock(_:waiting:)` on the real file system: a waiter queues behind the holder, gives up
/// after the timeout when nothing happens, and keeps waiting while writers ahead save.
@Suite(.serialized) struct LockWaitTests {
    private func document() throws -> (FileStore, String) {
        let path = TemporaryDirectory.make() + "/wait.meteor"
        let store = FileStore()
        try store.write(Array("# meteor v1\n".utf8), to: path, condition: .mustNotExist)
        return (store, path)
    }

    @Test func aWaiterGetsTheLockWhenTheHolderReleasesIt() throws {
        let (store, path) = try document()
        let held = try store.lock(path)
        // A thread of its own: the test pool's threads may all be waiting.
        Thread.detachNewThread {
            usleep(200_000)
            held.release()
        }
        let start = ContinuousClock.now
        let lock = try store.lock(path, waiting: .seconds(20))
        #expect(ContinuousClock.now - start >= .milliseconds(150))
        lock.release()
    }

    @Test func aHolderThatNeverSavesMakesTheWaitTimeOut() throws {
        let (store, path) = try document()
        let held = try store.lock(path)
        defer { held.release() }
        let error = try #require(throws: MeteorError.self) {
            _ = try store.lock(path, waiting: .milliseconds(300))
        }
        #expect(error.kind == .lockHeld)
        #expect(error.message.contains("without being saved"))
    }

    @Test func savesAheadInTheQueueStartTheWaitAgain() throws {
        let (store, path) = try document()
        let held = try store.lock(path)
        let saves = ManagedCounter()
        // The holder saves every 100 ms for two seconds, far longer than the waiter's timeout.
        Thread.detachNewThread {
            for round in 0..<20 {
                usleep(100_000)
                let written = try? store.write(
                    Array("# meteor v1\napp:t:k=\(round)\n".utf8), to: path, condition: .overwrite,
                    companion: nil, sha256: nil, holding: held)
                if written != nil { saves.add(1) }
            }
            held.release()
        }
        let start = ContinuousClock.now
        let lock = try store.lock(path, waiting: .milliseconds(700))
        lock.release()
        #expect(ContinuousClock.now - start > .milliseconds(1_500))
        #expect(saves.value == 20)
    }
}
