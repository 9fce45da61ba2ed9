import Foundation

/// Runs the built `meteor` executable, found next to the test bundle in the build products
/// folder (`swift test` builds it because the test target depends on it).
struct MeteorBinary {
    /// What one run printed and returned.
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The executable.
    let url: URL

    /// Finds the executable: `$METEOR_BINARY`, else `meteor` beside the test bundle.
    static func locate() throws -> MeteorBinary {
        if let path = ProcessInfo.processInfo.environment["METEOR_BINARY"] {
            return MeteorBinary(url: URL(fileURLWithPath: path))
        }
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("meteor"))
        candidates.append(bundle.appendingPathComponent("meteor"))
        let argument = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(argument.deletingLastPathComponent().appendingPathComponent("meteor"))
        for candidate in candidates
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return MeteorBinary(url: candidate)
        }
        throw BinaryNotFound(searched: candidates.map(\.path))
    }

    /// Starts `meteor` with arguments, without waiting.
    func start(
        _ arguments: [String], environment: [String: String], stdin: String? = nil,
        in directory: URL
    ) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        let id = UUID().uuidString
        let out = directory.appendingPathComponent(".out-\(id)")
        let err = directory.appendingPathComponent(".err-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        if let stdin {
            let input = directory.appendingPathComponent(".in-\(id)")
            try Data(stdin.utf8).write(to: input)
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return (process, out, err)
    }

    /// Runs `meteor` with arguments and waits for it.
    func run(
        _ arguments: [String], environment: [String: String], stdin: String? = nil,
        in directory: URL
    ) throws -> Run {
        let (process, out, err) = try start(
            arguments, environment: environment, stdin: stdin, in: directory)
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        // Decoded with replacement: a test about bytes that are not UTF-8 still gets text.
        return Run(
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// The executable was not built.
struct BinaryNotFound: Error, CustomStringConvertible {
    var searched: [String]
    var description: String {
        "`meteor` not found (looked at \(searched.joined(separator: ", "))); "
            + "MeteorCLITests must depend on the `meteor` target"
    }
}
