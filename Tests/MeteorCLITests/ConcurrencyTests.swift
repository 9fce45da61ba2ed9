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
}
