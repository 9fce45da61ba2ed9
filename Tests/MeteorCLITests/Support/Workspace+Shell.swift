import Foundation

extension Workspace {
    /// Runs a `/bin/sh` script in the workspace with `$METEOR` naming the binary, for input
    /// that `Process` cannot pass: arguments and stdin that are not valid UTF-8
    /// (`"$METEOR" set "$(printf 'k\377')" v`), pipes, planted symlinks.
    ///
    /// Output that is not UTF-8 is decoded with replacement; the transcript is not touched.
    ///
    /// - Parameter script: The script.
    /// - Returns: What it printed and its exit status.
    /// - Throws: When the shell cannot be started or its output read.
    @discardableResult
    func shell(_ script: String) throws -> MeteorBinary.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = environment.merging(["METEOR": binary.url.path]) { $1 }
        process.currentDirectoryURL = directory
        let id = UUID().uuidString
        let out = directory.appendingPathComponent(".out-\(id)")
        let err = directory.appendingPathComponent(".err-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return MeteorBinary.Run(
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
            status: process.terminationStatus)
    }

    /// A path inside the workspace.
    ///
    /// - Parameter relative: The path below the workspace folder.
    /// - Returns: The absolute path.
    func path(_ relative: String) -> String {
        directory.appendingPathComponent(relative).path
    }

    /// Writes a text file inside the workspace, creating its folders.
    ///
    /// - Parameters:
    ///   - text: The content.
    ///   - relative: The path below the workspace folder.
    /// - Throws: When the file cannot be written.
    func write(_ text: String, to relative: String) throws {
        let url = directory.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Reads a text file inside the workspace, or nil when it does not exist.
    ///
    /// - Parameter relative: The path below the workspace folder.
    /// - Returns: The text.
    func read(_ relative: String) -> String? {
        try? String(contentsOfFile: path(relative), encoding: .utf8)
    }
}
