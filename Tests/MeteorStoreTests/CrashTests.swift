import Foundation
import Testing

@testable import MeteorStore

/// Real crashes: a child process (this test binary, re-run with a role in its environment)
/// saves or journals, and is killed with SIGKILL at an arbitrary moment.
@Suite(.serialized) struct CrashTests {
    static let roleVariable = "METEOR_STORE_CRASH_ROLE"
    static let pathVariable = "METEOR_STORE_CRASH_PATH"

    /// The child's side: does nothing in a normal run.
    @Test func crashChild() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let role = environment[Self.roleVariable], let path = environment[Self.pathVariable]
        else { return }
        if role == "killedSave" || role == "killedJournaledSave" {
            // Dies between the document's rename and the state's (and before the journal
            // goes), as `strace -e inject=rename:signal=SIGKILL` makes it.
            let store = FileStore(documentReplaced: { _ = Foundation.kill(getpid(), SIGKILL) })
            let open = try OpenStore(
                path: path, store: store,
                mode: role == "killedSave" ? .oneShot : .journaled)
            try open.engine.execute(.set(path: "app:crash:c", value: "3"))
            try open.save()
        } else if role == "save" {
            let store = FileStore()
            let old = Self.content("old")
            let new = Self.content("new")
            for round in 0..<1_000 {
                try store.write(round % 2 == 0 ? new : old, to: path, condition: .overwrite)
            }
        } else {
            let document = try OpenStore(path: path, store: FileStore())
            let acks = FileHandle(forWritingAtPath: path + ".acks")
            for index in 0..<100_000 {
                try document.engine.execute(.set(path: "app:crash:k\(index)", value: "v\(index)\n"))
                // Written only after `execute` returned, so the change was acknowledged.
                acks?.write(Data("\(index)\n".utf8))
            }
        }
    }

    static func content(_ word: String) -> [UInt8] {
        var text = "# meteor v1\n"
        for index in 0..<60_000 { text += "app:big:k\(index)=\(word) \(index)\n" }
        return Array(text.utf8)
    }

    private func spawn(role: String, path: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--testing-library", "swift-testing", "--filter", "crashChild"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.roleVariable] = role
        environment[Self.pathVariable] = path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func kill(_ process: Process) {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test func killedSaveLeavesTheOldOrTheNewFile() throws {
        let root = TemporaryDirectory.make()
        let path = root + "/big.meteor"
        let store = FileStore()
        let old = Self.content("old")
        let new = Self.content("new")
        try store.write(old, to: path, condition: .mustNotExist)
        for delay in [1_000, 4_000, 9_000] as [UInt32] {
            let child = try spawn(role: "save", path: path)
            // Wait until the child is mid-save (its temporary file exists), then kill it.
            var waited: UInt32 = 0
            while waited < 5_000_000,
                !((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).contains(
                    where: {
                        $0.hasPrefix(StorePath.temporaryPrefix(for: path))
                    })
            {
                usleep(2_000)
                waited += 2_000
            }
            usleep(delay)
            kill(child)
            let bytes = try store.read(path).bytes
            #expect(bytes == old || bytes == new, "a killed save left \(bytes.count) other bytes")
        }
        try store.write(old, to: path, condition: .overwrite)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter {
            $0.hasPrefix(StorePath.temporaryPrefix(for: path))
        }
        #expect(leftovers.isEmpty)
    }

    /// A save killed after the document's rename, before the state's: the history comes
    /// back whole (the killed command's record included), with no note about another program.
    @Test func killedBetweenTheRenamesKeepsTheHistory() throws {
        let root = TemporaryDirectory.make()
        let path = root + "/state.meteor"
        for value in ["1", "2"] {
            let open = try OpenStore(path: path, store: FileStore(), mode: .oneShot)
            try open.engine.execute(.set(path: "app:crash:v\(value)", value: value))
            try open.save()
            open.close()
        }
        let child = try spawn(role: "killedSave", path: path)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        let reopened = try OpenStore(path: path, store: FileStore())
        guard case .restored = reopened.stateRestoration else {
            Issue.record("the state was not restored: \(reopened.stateRestoration)")
            return
        }
        #expect(try reopened.engine.get("app:crash:c") == "3")
        #expect(reopened.engine.history.count == 3)
        try reopened.engine.undo()
        #expect(try reopened.engine.get("app:crash:c") == nil)
        #expect(try reopened.engine.get("app:crash:v2") == "2")
    }

    /// A journaled save killed right after its rename leaves a journal whose edits are all
    /// in the file: the next open removes it without offering it.
    @Test func aJournalLeftByAKilledSaveIsNotOffered() throws {
        let root = TemporaryDirectory.make()
        let path = root + "/stale.meteor"
        try FileStore().write(
            Array("# meteor v1\napp:crash:base=1\n".utf8), to: path, condition: .mustNotExist)
        let child = try spawn(role: "killedJournaledSave", path: path)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(FileManager.default.fileExists(atPath: path + ".journal"))
        let reopened = try OpenStore(path: path, store: FileStore())
        #expect(reopened.pendingRecovery == nil)
        #expect(!FileManager.default.fileExists(atPath: path + ".journal"))
        #expect(try reopened.engine.get("app:crash:c") == "3")
    }

    @Test func killedEditorLosesNoAcknowledgedChange() throws {
        let root = TemporaryDirectory.make()
        let path = root + "/edit.meteor"
        let store = FileStore()
        try store.write(
            Array("# meteor v1\napp:crash:base=1\n".utf8), to: path, condition: .mustNotExist)
        _ = FileManager.default.createFile(atPath: path + ".acks", contents: nil)
        let child = try spawn(role: "journal", path: path)
        var acknowledged: [Int] = []
        var waited = 0
        while acknowledged.count < 40, waited < 20_000 {
            usleep(5_000)
            waited += 5
            let text = (try? String(contentsOfFile: path + ".acks", encoding: .utf8)) ?? ""
            acknowledged = text.split(separator: "\n").compactMap { Int($0) }
        }
        kill(child)
        let text = (try? String(contentsOfFile: path + ".acks", encoding: .utf8)) ?? ""
        acknowledged = text.split(separator: "\n").compactMap { Int($0) }
        #expect(acknowledged.count >= 40)
        let document = try OpenStore(path: path, store: store)
        #expect(document.pendingRecovery != nil)
        let replayed = try document.recover().recordCount
        #expect(replayed >= acknowledged.count)
        for index in acknowledged {
            #expect(
                document.engine.get(try Address(parsing: "app:crash:k\(index)")) == "v\(index)\n")
        }
        #expect(document.engine.get(try Address(parsing: "app:crash:base")) == "1")
    }
}
