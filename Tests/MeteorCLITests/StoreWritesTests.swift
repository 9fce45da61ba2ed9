import Foundation
import Testing

/// What the command line writes, and when: read-only commands write nothing, a failed
/// command writes nothing, and a save killed between its renames keeps the history.
@Suite struct StoreWritesTests {
    /// Every file in the folder (hidden ones too) with its size, mode and modification time.
    private func listing(_ directory: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path)
        where !name.hasPrefix(".out-") && !name.hasPrefix(".err-") && !name.hasPrefix(".in-") {
            var info = stat()
            stat(directory.appendingPathComponent(name).path, &info)
            result[name] =
                "\(info.st_size) \(info.st_mode) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return result
    }

    private func populated() throws -> Workspace {
        let work = try Workspace()
        try work.run("set", "app:ui:theme", "dark")
        try work.run("cursor", "app:ui")
        try work.run("scratch", "set", "draft", "text")
        // A file changed by hand, so a writing command would rewrite the state file.
        try Data(try work.storeText().replacingOccurrences(of: "=dark", with: "=dusk").utf8)
            .write(to: URL(fileURLWithPath: work.store))
        try FileManager.default.removeItem(
            atPath: work.directory.appendingPathComponent(".store.meteor.lock").path)
        return work
    }

    static let readOnlyCommands: [[String]] = [
        ["get", "app:ui:theme"], ["dump"], ["list", "app", "ui"], ["find", "app:**:*"],
        ["exists", "app:ui:theme"], ["history"], ["contexts"], ["namespaces", "app"],
        ["meteor", "app", "ui"], ["scratch", "get", "draft"], ["scratch", "list"], ["cursor"],
        ["set", "app:ui:theme", "light", "--dry-run"],
    ]

    @Test func readOnlyCommandsWriteNothing() throws {
        let work = try populated()
        let before = try listing(work.directory)
        usleep(20_000)
        for arguments in Self.readOnlyCommands {
            let run = try work.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(!run.stderr.contains("another program"), "\(arguments): \(run.stderr)")
        }
        #expect(try listing(work.directory) == before)
    }

    @Test func readOnlyCommandsWorkInAFolderNobodyMayWrite() throws {
        let work = try populated()
        let folder = work.directory.path
        let binary = work.binary.url.path
        var prefix: [String] = []
        if geteuid() == 0 {
            // Root writes anywhere: run meteor as nobody to see a folder it cannot write.
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                print("skipped: running as root and setpriv is missing")
                return
            }
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            // nobody must reach the binary and the store.
            for path in [work.store, work.store + ".state"] { chmod(path, 0o644) }
        }
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        let before = try listing(work.directory)
        for arguments in Self.readOnlyCommands {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: prefix.first ?? binary)
            process.arguments =
                Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [binary])
                + ["--store", work.store] + arguments
            process.environment = work.environment
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let stderr = String(
                decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(arguments): \(stderr)")
        }
        #expect(try listing(work.directory) == before)
    }

    @Test func aFailedCommandWritesNothing() throws {
        let work = try Workspace()
        try work.run("set", "app:ui:a", "1")
        let kept = "# meteor v1\n# keep me\napp:ui:a=1\n"
        try Data(kept.utf8).write(to: URL(fileURLWithPath: work.store))
        let before = try listing(work.directory)
        usleep(20_000)
        let failed = try work.run("set", "app:ui:a b", "v")
        #expect(failed.status == 3)
        #expect(try work.storeText() == kept)
        #expect(try listing(work.directory) == before)
    }

    /// `strace -e inject=rename:signal=SIGKILL:when=N meteor set …`: the save stages the
    /// state (rename 1), replaces the document (rename 2), moves the state into place
    /// (rename 3); a kill at 2 or 3 keeps the history, and nothing names another program.
    @Test(arguments: [2, 3])
    func aSaveKilledBetweenItsRenamesKeepsTheHistory(when: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            print("skipped: strace is not installed")
            return
        }
        let work = try Workspace()
        try work.run("set", "app:t:a", "1")
        try work.run("set", "app:t:b", "2")
        let strace = Process()
        strace.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        strace.arguments = [
            "-f", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
            "-e", "inject=rename,renameat,renameat2:signal=SIGKILL:when=\(when)",
            work.binary.url.path, "set", "app:t:c", "3",
        ]
        strace.environment = work.environment
        strace.standardOutput = FileHandle.nullDevice
        strace.standardError = FileHandle.nullDevice
        try strace.run()
        strace.waitUntilExit()
        let saved = try work.storeText().contains("app:t:c=3")
        #expect(saved == (when == 3))
        let undo = try work.run("undo")
        #expect(undo.status == 0)
        #expect(!undo.stderr.contains("another program"))
        #expect(undo.stdout.contains(saved ? "set app:t:c" : "set app:t:b"))
    }
}
