import Foundation
import Testing

@testable import MeteorKit

/// An import's entries are saved in the history as `.meteor` entry lines: they come back
/// exactly, and take far less room than JSON objects would.
@Suite struct EntryLinesTests {
    private func entries() throws -> [Entry] {
        let values = ["plain", "", "two\nlines\r\n", "quote \" ; :;: = x", "tab\there 🚀", " pad "]
        var result: [Entry] = []
        for (index, key) in ["ns", "ctx", "ctl", "list[0]", "user[name]", "a.b"].enumerated() {
            result.append(Entry(try addr("app:k8s:\(key)"), values[index]))
            result.append(Entry(try addr("ns::\(key)"), values[values.count - 1 - index]))
        }
        return result
    }

    @Test func aCommandRoundTripsThroughJSON() throws {
        let command = EngineCommand.importEntries(EntryLines(try entries()), replacing: true)
        let data = try JSONEncoder().encode(command)
        #expect(try JSONDecoder().decode(EngineCommand.self, from: data) == command)
    }

    @Test func linesAreSmallerThanJSONObjects() throws {
        let many = try (0..<1_000).map { Entry(try addr("app:ns\($0 % 10):key\($0)"), "v\($0)") }
        let lines = try JSONEncoder().encode(EntryLines(many)).count
        let objects = try JSONEncoder().encode(many).count
        #expect(lines * 3 < objects, "\(lines) bytes as lines, \(objects) as objects")
    }

    @Test func aDamagedLineIsADecodingError() throws {
        let data = Data(#""app:ui:a=1\nnot an entry""#.utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EntryLines.self, from: data)
        }
    }
}
