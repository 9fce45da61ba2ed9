import Glibc

/// Runs a program in the terminal's foreground and waits for it, as `system(3)` does.
///
/// The child stays in this process's process group, which is the terminal's foreground group,
/// so it may read the terminal and change its modes (a new group, as Foundation's `Process`
/// makes, is stopped by the kernel with SIGTTIN/SIGTTOU the moment a terminal editor starts).
/// The child starts with no blocked signals and every handler reset. While it runs this process
/// ignores SIGINT and SIGQUIT, which the terminal sends to the whole group: Ctrl-C belongs to
/// the child.
enum ForegroundProcess {
    /// How a program ended.
    enum Termination: Equatable {
        /// It exited with a status.
        case exited(Int32)
        /// A signal ended it.
        case signaled(Int32)
    }

    /// Starts `path` with `arguments` and waits until it ends.
    ///
    /// - Parameters:
    ///   - path: The program.
    ///   - arguments: Its arguments, `argv[1...]`.
    ///   - name: `argv[0]`.
    /// - Returns: How it ended.
    /// - Throws: The `errno` of a failed `posix_spawn`.
    static func run(_ path: String, arguments: [String], name: String) throws(SpawnError)
        -> Termination
    {
        let words = [name] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var savedInterrupt = sigaction()
        var savedQuit = sigaction()
        sigaction(SIGINT, &ignore, &savedInterrupt)
        sigaction(SIGQUIT, &ignore, &savedQuit)
        defer {
            sigaction(SIGINT, &savedInterrupt, nil)
            sigaction(SIGQUIT, &savedQuit, nil)
        }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, nil, &attributes, argv, environ)
        guard spawned == 0 else { throw SpawnError(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .exited(-1) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which are macros.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// `posix_spawn` failed.
    struct SpawnError: Error {
        /// The error number.
        var code: Int32

        /// `strerror` of the code.
        var message: String { String(cString: strerror(code)) }
    }
}
