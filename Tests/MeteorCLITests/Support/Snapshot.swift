import Foundation
import Testing

/// Compares text with the golden file `Snapshots/<name>.txt`; with `RECORD_SNAPSHOTS=1` it
/// writes the file instead and fails, so a recording run never passes by accident.
func assertSnapshot(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file)
        Issue.record(
            "recorded \(file.lastPathComponent); run again without RECORD_SNAPSHOTS",
            sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "missing snapshot \(file.path); record it with RECORD_SNAPSHOTS=1",
            sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        let diff = firstDifference(expected, text)
        Issue.record(
            "snapshot \(name) differs at line \(diff.line):\n- \(diff.expected)\n+ \(diff.actual)",
            sourceLocation: sourceLocation)
    }
}

private func firstDifference(_ expected: String, _ actual: String)
    -> (line: Int, expected: String, actual: String)
{
    let left = expected.components(separatedBy: "\n")
    let right = actual.components(separatedBy: "\n")
    for index in 0..<max(left.count, right.count) {
        let a = index < left.count ? left[index] : "<end>"
        let b = index < right.count ? right[index] : "<end>"
        if a != b { return (index + 1, a, b) }
    }
    return (0, "", "")
}
