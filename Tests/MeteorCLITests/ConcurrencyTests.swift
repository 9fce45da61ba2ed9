import Foundation
import Testing

@Suite struct ConcurrencyTests {
    /// Twenty `meteor set` processes on one store at once: every update survives.
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
    }
}
