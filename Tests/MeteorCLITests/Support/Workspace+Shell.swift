import Foundation

extension Workspace {
    /// Runs a `/bin/sh` script in the workspace with `$METEOR` naming the binary, for input
    /// that `Process` cannot pass: arguments and stdin that are not valid UTF-8
    /// (`"$METEOR" set "$(printf 'k\377')" v`), pipes, planted symlinks.
    ///
    /// The transcript is not touched.
    ///
    /// - Parameter script: The script.
    /// - Returns: What it printed and its exit status.
    /// - Throws: When the shell cannot be started or its output read.
    @discardableResult
    func shell(_ script: String) throws -> MeteorBinary.Run {
        try MeteorBinary(url: URL(fileURLWithPath: "/bin/sh")).run(
            ["-c", script], environment: environment.merging(["METEOR": binary.url.path]) { $1 },
            in: directory)
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
