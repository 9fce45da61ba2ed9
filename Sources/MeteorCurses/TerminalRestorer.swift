import CNCursesW
import Glibc

/// The terminal state saved before curses starts, restored from signal handlers.
///
/// A Swift trap (SIGILL/SIGTRAP) or a fatal signal is not handled by ncurses and would leave the
/// shell without echo, on the alternate screen, in keypad mode. The handlers restore the saved
/// termios, leave the alternate screen and keypad mode, show the cursor, then re-raise with the
/// previous handler so the normal crash report still prints. Only async-signal-safe calls are
/// made in a handler.
///
/// SIGTERM, SIGHUP and SIGINT end the program politely instead: the first one is only recorded
/// (``terminationSignal``), which makes the blocked read return and the app quit through its
/// normal path; a second one restores the terminal and ends the program at once.
enum TerminalRestorer {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var hasSaved = false
    nonisolated(unsafe) private static var previous: [sigaction] = Array(
        repeating: sigaction(), count: 65)
    /// The terminating signal that arrived, or 0.
    nonisolated(unsafe) private(set) static var terminationSignal: Int32 = 0

    /// The signals after which the terminal must be restored.
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT]
    /// The signals that end the program politely.
    static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

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
        for signal in fatalSignals {
            install(signal) { signal in TerminalRestorer.restoreAndRaise(signal) }
        }
        for signal in terminatingSignals {
            install(signal) { signal in
                guard TerminalRestorer.terminationSignal != 0 else {
                    TerminalRestorer.terminationSignal = signal
                    return
                }
                TerminalRestorer.restoreAndRaise(signal)
            }
        }
    }

    /// Installs a handler without `SA_RESTART`, so a blocked read returns when it runs.
    private static func install(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signal, &action, &previous[Int(signal)])
    }

    /// Removes the handlers again (normal exit).
    ///
    /// A termination signal that arrived stays recorded, for the caller to re-raise after
    /// cleaning up.
    static func uninstall() {
        for signal in fatalSignals + terminatingSignals {
            var action = previous[Int(signal)]
            sigaction(signal, &action, nil)
        }
    }

    /// Restores the terminal, puts the previous handler back and raises the signal again.
    private static func restoreAndRaise(_ signal: Int32) {
        restoreFromSignal()
        var previousAction = previous[Int(signal)]
        sigaction(signal, &previousAction, nil)
        raise(signal)
    }

    /// Restores the terminal with async-signal-safe calls only.
    static func restoreFromSignal() {
        if hasSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        tcflush(STDIN_FILENO, TCIFLUSH)
        // Disable mouse reports, leave keypad (application cursor) mode and the alternate
        // screen, show the cursor, reset attributes.
        let reset: StaticString =
            "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1l\u{1B}>\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n"
        reset.withUTF8Buffer { buffer in
            _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
        }
    }
}
