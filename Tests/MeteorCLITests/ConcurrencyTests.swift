import Foundation
import Testing

@Suite struct ConcurrencyTests {
    /// Twenty `meteor set` processes on one store at once: every update survives, and so
    /// does every history record (each process saves the history it loaded plus its own).
    @Test func twentyParallelSetsAreAllKept() throws {
        let work = try Workspace()
        var environment = work.environment
        environment["METEOR_LOCK_TIMEOUT"] = "30000"
        var running: [(Process, URL, URL)] = []
        for index in 0..<20 {
            running.append(
                try work.binary.start(
                    ["set", "app:load:key\(index)", "value \(index)"], environment: environment,
                    in: work.directory))
        }
        for (process, _, err) in running {
            process.waitUntilExit()
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "stderr: \(stderr)")
        }
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
}
