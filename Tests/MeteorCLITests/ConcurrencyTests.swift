import Foundation
import Testing

@Suite struct ConcurrencyTests {
    /// Twenty `meteor set` processes on one store at once: every update survives, and so
    /// does every history record (each process saves the history it loaded plus its own).
    @Test func twentyParallelSetsAreAllKept() throws {
        let work = try Workspace()
        try work.runConcurrently((0..<20).map { ["set", "app:load:key\($0)", "value \($0)"] })
        let dump = try work.run("list", "app", "load")
        let lines = dump.stdout.split(separator: "\n")
        #expect(lines.count == 20)
        for index in 0..<20 {
            #expect(lines.contains { $0 == "app:load:key\(index)=value \(index)" })
        }
        let history = try work.run("history", "--limit", "100", "--format", "json")
        #expect(history.stderr.isEmpty)
        let page = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8))
        let records = (page as? [String: Any])?["records"] as? [[String: Any]] ?? []
        #expect(Set(records.compactMap { $0["id"] as? Int }) == Set(1...20))
        #expect(try work.run("undo").status == 0)
        #expect(try work.run("list", "app", "load").stdout.split(separator: "\n").count == 19)
    }

    /// Fifty writers at once on a store of 20,000 entries: they queue on the lock, each
    /// loads once under it, and every one succeeds without a note about another program.
    /// (Before, most retried until they timed out, each telling of "another program".)
    @Test func fiftyParallelWritersAllSucceed() throws {
        let work = try Workspace()
        var text = "# meteor v1\n"
        for index in 0..<20_000 { text += "app:bulk:k\(index)=value \(index)\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: work.store))
        var environment = work.environment
        environment["METEOR_LOCK_TIMEOUT"] = "60000"
        let running = try (0..<50).map {
            try work.binary.start(
                ["set", "app:load:key\($0)", "value \($0)"], environment: environment,
                in: work.directory)
        }
        for (process, _, err) in running {
            process.waitUntilExit()
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "stderr: \(stderr)")
            #expect(!stderr.contains("another program"), "stderr: \(stderr)")
        }
        let lines = try work.run("list", "app", "load").stdout.split(separator: "\n")
        #expect(lines.count == 50)
        #expect(try work.run("list", "app", "bulk").stdout.split(separator: "\n").count == 20_000)
    }
}
