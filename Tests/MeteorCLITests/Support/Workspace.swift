import Foundation
import Testing

/// A temporary folder with a store path inside it and a transcript of `meteor` runs, for
/// golden-output tests.
final class Workspace {
    let directory: URL
    let binary: MeteorBinary
    private(set) var transcript = ""

    /// The store file (not created until the first write).
    var store: String { directory.appendingPathComponent("store.meteor").path }

    init() throws {
        binary = try MeteorBinary.locate()
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// The environment every run gets: the store, no colour, a fixed clock, a short lock wait.
    var environment: [String: String] {
        [
            "METEOR_STORE": store, "NO_COLOR": "1", "METEOR_FIXED_CLOCK": "1700000000",
            "METEOR_LOCK_TIMEOUT": "300", "HOME": directory.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    /// Runs `meteor` and appends the command, stdout, stderr and status to the transcript.
    @discardableResult
    func run(_ arguments: String..., stdin: String? = nil, extra: [String: String] = [:]) throws
        -> MeteorBinary.Run
    {
        try run(arguments, stdin: stdin, extra: extra)
    }

    /// Runs `meteor` with an argument array.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, extra: [String: String] = [:]) throws
        -> MeteorBinary.Run
    {
        let result = try binary.run(
            arguments, environment: environment.merging(extra) { $1 }, stdin: stdin,
            in: directory)
        var entry = "$ meteor " + arguments.map(shellQuoted).joined(separator: " ") + "\n"
        if let stdin { entry += "[stdin]\n" + block(stdin) }
        if !result.stdout.isEmpty { entry += "[stdout]\n" + block(result.stdout) }
        if !result.stderr.isEmpty { entry += "[stderr]\n" + block(result.stderr) }
        entry += "[exit \(result.status)]\n\n"
        transcript += entry.replacingOccurrences(of: directory.path, with: "$TMP")
        return result
    }

    /// Starts one `meteor` process per argument list, all at once, with a lock wait long
    /// enough for all of them, and records an issue for each that does not exit with 0.
    ///
    /// - Parameter argumentLists: The arguments of each process.
    /// - Throws: When a process cannot be started.
    func runConcurrently(_ argumentLists: [[String]]) throws {
        var environment = environment
        environment["METEOR_LOCK_TIMEOUT"] = "30000"
        let running = try argumentLists.map {
            try binary.start($0, environment: environment, in: directory)
        }
        for (process, _, err) in running {
            process.waitUntilExit()
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "stderr: \(stderr)")
        }
    }

    /// Reads the store file.
    func storeText() throws -> String { try String(contentsOfFile: store, encoding: .utf8) }

    private func block(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n⏎\n" }

    private func shellQuoted(_ word: String) -> String {
        let safe =
            !word.isEmpty
            && word.allSatisfy { $0.isLetter || $0.isNumber || "-_.:/@%+=,".contains($0) }
        return safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
