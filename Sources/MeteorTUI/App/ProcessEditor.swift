import Foundation

/// Runs `$VISUAL`, else `$EDITOR`, else `vi`, on a temporary file, and reads it back.
public struct ProcessEditor: ExternalEditor {
    /// The environment to read the editor from.
    public var environment: [String: String]

    /// Creates an editor runner.
    ///
    /// - Parameter environment: The environment; the process's when nil.
    public init(environment: [String: String]? = nil) {
        self.environment = environment ?? ProcessInfo.processInfo.environment
    }

    /// The editor command line: `$VISUAL`, `$EDITOR` or `vi`.
    public var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty {
                return value
            }
        }
        return "vi"
    }

    /// Writes the text to a private temporary file, runs the editor on the terminal, and
    /// returns the file's content when the editor exits successfully.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - name: A file name hint.
    /// - Returns: The edited text, or nil when the editor failed.
    public func edit(_ text: String, name: String) -> String? {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-edit-\(UUID().uuidString)", isDirectory: true)
        let safeName = name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
        let file = directory.appendingPathComponent(String(safeName))
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            defer { try? FileManager.default.removeItem(at: directory) }
            try Data(text.utf8).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // The editor command may carry arguments (`code --wait`); the file is passed as $1.
            process.arguments = ["-c", "\(command) \"$1\"", "meteor-editor", file.path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            return String(decoding: try Data(contentsOf: file), as: UTF8.self)
        } catch {
            return nil
        }
    }
}
