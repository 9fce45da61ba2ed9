import Foundation
import Glibc
import Testing

/// A private tmux server running the built `meteor` binary in a pane of a fixed size.
///
/// Each session uses its own socket (`tmux -L`), so tests never see each other or the
/// developer's tmux. Reads poll `capture-pane` until the expected text appears.
final class TmuxSession {
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    }

    /// The built `meteor`, beside the test bundle.
    static var binary: String? {
        let bundle = Bundle.main.bundleURL
        for candidate in [
            bundle.deletingLastPathComponent().appendingPathComponent("meteor"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("meteor"),
        ] where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate.path
        }
        return nil
    }

    let socket = "meteor-e2e-\(UUID().uuidString.prefix(8))"
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// A path inside the session's folder.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Starts `meteor ARGS` in a new pane; the pane stays after exit and prints the status.
    ///
    /// `editor` replaces `EDITOR=false` (an editor that always fails); `environment` adds
    /// variables; `wrapper` runs the binary through another program, such as `strace`.
    func start(
        _ arguments: [String], width: Int = 100, height: Int = 30, editor: String = "false",
        environment: [String: String] = [:], wrapper: [String] = []
    ) throws {
        let binary = try #require(Self.binary, "the meteor binary was not built")
        let command = (wrapper + [binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let variables = environment.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(Self.shellQuoted($0.value)) " }.joined()
        let script =
            "cd '\(directory.path)' && TERM=tmux-256color LANG=C.UTF-8 EDITOR=\(Self.shellQuoted(editor)) \(variables)\(command); echo \"EXITED rc=$?\"; sleep 600"
        try tmux([
            "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
            script,
        ])
    }

    /// Sends keys, by tmux key name such as `Down`, `C-s` or `Escape`.
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "t", key]) }
        usleep(60_000)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "t", "-l", text])
        usleep(60_000)
    }

    /// Resizes the window (delivers SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's text now.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "t"]) }

    /// Waits until the screen contains `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(100_000)
        }
        Issue.record("timed out waiting for \(text); screen was:\n\(last)")
        return last
    }

    /// Runs one tmux command and returns its standard output.
    ///
    /// Commands run through ``shell(_:)``, which uses `posix_spawn` and `waitpid`, not
    /// Foundation's `Process`: the tmux server that `new-session` starts inherits the
    /// descriptor `Process` watches for the child's exit, so `waitUntilExit()` would never
    /// return.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = directory.appendingPathComponent("tmux-output-\(UUID().uuidString)")
        let quoted = (["/usr/bin/tmux", "-L", socket] + arguments).map(Self.shellQuoted)
        _ = try shell(quoted.joined(separator: " ") + " >'\(output.path)' 2>/dev/null </dev/null")
        defer { try? FileManager.default.removeItem(at: output) }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Sends SIGKILL to the processes whose command line contains `pattern`, and waits until
    /// they are gone.
    func kill(matching pattern: String) throws {
        // `[m]eteor` matches "meteor" but not the shell running pgrep, whose own command line
        // holds the pattern text.
        let pattern = pattern.first.map { "[\($0)]" + pattern.dropFirst() } ?? pattern
        _ = try shell("pkill -KILL -f \(Self.shellQuoted(pattern))")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, try shell("pgrep -f \(Self.shellQuoted(pattern)) >/dev/null") == 0
        {
            usleep(50_000)
        }
    }

    /// Runs a shell command and returns its exit status.
    func shell(_ command: String) throws -> Int32 {
        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // Test threads block most signals and a spawned child inherits that mask; the tmux
        // server and the app under test must start with none blocked and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (status >> 8) & 0xFF
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
