import CNCursesW
import Glibc

/// The terminal state saved before curses starts, restored from signal handlers.
///
/// A Swift trap (SIGILL/SIGTRAP) or a fatal signal is not handled by ncurses and would leave the
/// shell without echo, on the alternate screen. The handlers restore the saved termios, leave the
/// alternate screen, show the cursor, then re-raise with the previous handler so the normal
/// crash report still prints. Only async-signal-safe calls are made in a handler.
enum TerminalRestorer {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var hasSaved = false
    nonisolated(unsafe) private static var previous: [sigaction] = Array(
        repeating: sigaction(), count: 65)

    /// The signals after which the terminal must be restored.
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    /// The signals that end the program politely.
    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Saves the terminal state and installs the handlers; call before curses starts.
    static func install() {
        if tcgetattr(STDIN_FILENO, &saved) == 0 { hasSaved = true }
        // A launcher may hand us a blocked signal mask (spawned from a worker thread); an app
        // that cannot see SIGHUP, SIGTERM or SIGWINCH would outlive its terminal or never
        // resize.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in fatalSignals + terminatingSignals + [SIGWINCH, SIGTSTP, SIGCONT] {
            sigaddset(&wanted, signal)
        }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signal in fatalSignals + terminatingSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                TerminalRestorer.restoreFromSignal()
                var previousAction = TerminalRestorer.previous[Int(signal)]
                sigaction(signal, &previousAction, nil)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, &previous[Int(signal)])
        }
    }

    /// Removes the handlers again (normal exit).
    static func uninstall() {
        for signal in fatalSignals + terminatingSignals {
            var action = previous[Int(signal)]
            sigaction(signal, &action, nil)
        }
    }

    /// Restores the terminal with async-signal-safe calls only.
    static func restoreFromSignal() {
        if hasSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        // Leave the alternate screen, show the cursor, reset attributes, disable mouse reports.
        let reset: StaticString =
            "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n"
        reset.withUTF8Buffer { buffer in
            _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
        }
    }
}
