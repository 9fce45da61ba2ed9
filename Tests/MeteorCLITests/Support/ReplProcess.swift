import Foundation
import Synchronization
import Testing

/// A real `meteor repl` process fed line by line through a pipe, whose output is read as it
/// comes, so a test can wait for a command's answer (its acknowledgement) and then kill it.
final class ReplProcess {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private let stdout = Buffer()
    private let stderr = Buffer()

    /// Text a pipe's reader appends to while the test reads it, and whether the pipe ended.
    private final class Buffer: Sendable {
        let text = Mutex("")
        let ended = Atomic<Bool>(false)

        func read(_ handle: FileHandle) {
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
                ended.store(true, ordering: .releasing)
            } else {
                text.withLock { $0 += String(decoding: data, as: UTF8.self) }
            }
        }
    }

    /// Starts `meteor repl ARGS` in the workspace.
    init(_ work: Workspace, arguments: [String] = [], extra: [String: String] = [:]) throws {
        process.executableURL = work.binary.url
        process.arguments = ["repl"] + arguments
        process.environment = work.environment.merging(extra) { $1 }
        process.currentDirectoryURL = work.directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let out = stdout
        let err = stderr
        output.fileHandleForReading.readabilityHandler = { out.read($0) }
        errors.fileHandleForReading.readabilityHandler = { err.read($0) }
        try process.run()
    }

    deinit {
        if process.isRunning { kill(SIGKILL) }
        output.fileHandleForReading.readabilityHandler = nil
        errors.fileHandleForReading.readabilityHandler = nil
    }

    /// What the process printed on stdout so far.
    var standardOutput: String { stdout.text.withLock { $0 } }
    /// What it printed on stderr so far.
    var standardError: String { stderr.text.withLock { $0 } }

    /// Sends one line.
    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Closes stdin (the end of input, like Ctrl-D).
    func closeInput() { try? input.fileHandleForWriting.close() }

    /// Waits until stdout contains `text`.
    ///
    /// - Returns: Whether it appeared within `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if standardOutput.contains(text) { return true }
            usleep(5_000)
        }
        Issue.record("timed out waiting for \(text); stdout: \(standardOutput)")
        return false
    }

    /// Sends a signal and waits for the process to end; one that outlives it by ten seconds
    /// is an issue (and is killed).
    func kill(_ signal: Int32) {
        Foundation.kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            Issue.record("meteor repl did not end on signal \(signal)")
            Foundation.kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    /// Waits for the process to end, and for its output to be read, and returns its status.
    func wait() -> Int32 {
        process.waitUntilExit()
        let deadline = Date().addingTimeInterval(10)
        while !(stdout.ended.load(ordering: .acquiring) && stderr.ended.load(ordering: .acquiring)),
            Date() < deadline
        {
            usleep(5_000)
        }
        return process.terminationStatus
    }
}
