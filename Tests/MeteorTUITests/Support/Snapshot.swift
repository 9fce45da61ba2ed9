import Foundation
import Testing

/// Compares text with a golden file in `Snapshots/`, named after the test.
///
/// `RECORD_SNAPSHOTS=1 swift test` rewrites the golden files and fails, so a recording run can
/// never pass by accident.
func assertSnapshot(
    _ text: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots", isDirectory: true)
    let file = directory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        Issue.record(
            "recorded snapshot \(name); run again without RECORD_SNAPSHOTS",
            sourceLocation: sourceLocation)
        return
    }
    guard let data = try? Data(contentsOf: file) else {
        Issue.record(
            "missing snapshot \(file.path); run with RECORD_SNAPSHOTS=1",
            sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(text == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
}
